/** The location form's plain boxes; opening hours post as `opens-N`/`closes-N` (N = ISO weekday). */
export const LOCATION_FIELDS = ["name", "addressLine1", "addressLine2", "city", "region", "postalCode", "phone", "timeZone"] as const;
export type LocationField = (typeof LOCATION_FIELDS)[number] | `opens-${number}` | `closes-${number}` | "openingHours";
