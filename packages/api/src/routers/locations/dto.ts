import { z } from "zod";

const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const locationDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  city: z.string(),
  region: z.string(),
  postalCode: z.string(),
  phone: z.string(),
  /** IANA zone; opening hours are wall-clock times in it. */
  timeZone: z.string(),
  openingHours: z.array(z.object({ weekday: z.number().int().min(1).max(7), opens: wallTime, closes: wallTime })),
});
export type LocationDto = z.infer<typeof locationDto>;
