import { type DemoLocation } from "./types";

// Fictional addresses; phone numbers use the 555-01xx block reserved for fiction.
export const DEMO_LOCATIONS: DemoLocation[] = [
  {
    slug: "downtown",
    name: "Downtown Austin",
    addressLine1: "415 Colorado Street",
    addressLine2: "Suite 300",
    city: "Austin",
    region: "TX",
    postalCode: "78701",
    phone: "(512) 555-0110",
    timeZone: "America/Chicago",
    openingHours: [
      { weekday: 1, opens: "07:30", closes: "18:00" },
      // Late opening on Tuesdays and Thursdays for evening physical therapy and massage.
      { weekday: 2, opens: "07:30", closes: "20:00" },
      { weekday: 3, opens: "07:30", closes: "18:00" },
      { weekday: 4, opens: "07:30", closes: "20:00" },
      { weekday: 5, opens: "07:30", closes: "17:00" },
      { weekday: 6, opens: "08:00", closes: "12:00" },
    ],
  },
  {
    slug: "west-el-paso",
    name: "West El Paso",
    addressLine1: "6120 North Mesa Street",
    addressLine2: "Building B",
    city: "El Paso",
    region: "TX",
    postalCode: "79912",
    phone: "(915) 555-0120",
    // West Texas around El Paso keeps Mountain Time, unlike Austin.
    timeZone: "America/Denver",
    openingHours: [
      { weekday: 1, opens: "08:00", closes: "17:30" },
      { weekday: 2, opens: "08:00", closes: "17:30" },
      { weekday: 3, opens: "08:00", closes: "17:30" },
      { weekday: 4, opens: "08:00", closes: "17:30" },
      { weekday: 5, opens: "08:00", closes: "16:00" },
    ],
  },
];
