import { type DemoScheduleException, type DemoWeeklyHours } from "./types";

// Wall-clock hours in each location's zone, inside its opening hours. Physicians keep a lunch
// hour; Marcus, Maya and Jordan split their week between the two clinics, never both on one day.
const PHYSICIAN_DAY = [
  { start: "08:00", end: "12:00" },
  { start: "13:00", end: "17:00" },
];
// El Paso closes at 16:00 on Fridays.
const PHYSICIAN_FRIDAY_EL_PASO = [
  { start: "08:00", end: "12:00" },
  { start: "13:00", end: "15:30" },
];

export const DEMO_WEEKLY_HOURS: DemoWeeklyHours[] = [
  { providerSlug: "dr-maya-okafor", locationSlug: "downtown", weekdays: [1, 2, 4], intervals: PHYSICIAN_DAY },
  { providerSlug: "dr-maya-okafor", locationSlug: "west-el-paso", weekdays: [3], intervals: PHYSICIAN_DAY },
  { providerSlug: "dr-maya-okafor", locationSlug: "west-el-paso", weekdays: [5], intervals: PHYSICIAN_FRIDAY_EL_PASO },

  { providerSlug: "dr-daniel-reyes", locationSlug: "west-el-paso", weekdays: [1, 2, 3, 4], intervals: PHYSICIAN_DAY },
  { providerSlug: "dr-daniel-reyes", locationSlug: "west-el-paso", weekdays: [5], intervals: PHYSICIAN_FRIDAY_EL_PASO },

  // Early shifts, and late ones on the downtown clinic's long Tuesdays and Thursdays.
  { providerSlug: "sarah-lindqvist-dpt", locationSlug: "downtown", weekdays: [1, 3, 5], intervals: [{ start: "07:30", end: "16:00" }] },
  { providerSlug: "sarah-lindqvist-dpt", locationSlug: "downtown", weekdays: [2, 4], intervals: [{ start: "10:00", end: "18:30" }] },

  { providerSlug: "marcus-bell-dpt", locationSlug: "downtown", weekdays: [1, 3], intervals: [{ start: "07:30", end: "16:00" }] },
  { providerSlug: "marcus-bell-dpt", locationSlug: "west-el-paso", weekdays: [2, 4], intervals: [{ start: "08:00", end: "16:30" }] },
  { providerSlug: "marcus-bell-dpt", locationSlug: "west-el-paso", weekdays: [5], intervals: [{ start: "08:00", end: "12:00" }] },

  // The spa works Tuesday to Saturday, with evening appointments on Tuesdays and Thursdays.
  { providerSlug: "elena-park-lmt", locationSlug: "downtown", weekdays: [2, 4], intervals: [{ start: "12:00", end: "20:00" }] },
  { providerSlug: "elena-park-lmt", locationSlug: "downtown", weekdays: [3, 5], intervals: [{ start: "09:00", end: "17:00" }] },
  { providerSlug: "elena-park-lmt", locationSlug: "downtown", weekdays: [6], intervals: [{ start: "08:00", end: "12:00" }] },

  { providerSlug: "jordan-hayes-lmt", locationSlug: "west-el-paso", weekdays: [2, 3, 4], intervals: [{ start: "09:30", end: "17:30" }] },
  { providerSlug: "jordan-hayes-lmt", locationSlug: "downtown", weekdays: [5], intervals: [{ start: "09:00", end: "17:00" }] },
  { providerSlug: "jordan-hayes-lmt", locationSlug: "downtown", weekdays: [6], intervals: [{ start: "08:00", end: "12:00" }] },
];

export const DEMO_SCHEDULE_EXCEPTIONS: DemoScheduleException[] = [
  { providerSlug: "dr-maya-okafor", locationSlug: null, kind: "time_off", daysAhead: 14, hours: null, note: "Pain medicine conference" },
  {
    providerSlug: "sarah-lindqvist-dpt",
    locationSlug: "downtown",
    kind: "time_off",
    daysAhead: 7,
    hours: { start: "13:00", end: "16:00" },
    note: "Continuing-education course",
  },
  { providerSlug: "jordan-hayes-lmt", locationSlug: null, kind: "time_off", daysAhead: 10, hours: null, note: "Personal day" },
  // Elena works Tuesday to Saturday; the extra day is a Monday, when the spa is busy before the holidays.
  {
    providerSlug: "elena-park-lmt",
    locationSlug: "downtown",
    kind: "extra_hours",
    daysAhead: 5,
    hours: { start: "10:00", end: "16:00" },
    note: "Extra massage hours for the holiday season",
  },
];
