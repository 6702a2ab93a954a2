// The demo clinic's content as plain data; @clinic/db's seeder turns it into rows.
export { DEMO_ARTICLES } from "./health-library";
export { DEMO_LOCATIONS } from "./locations";
export { DEMO_PROVIDERS } from "./providers";
export { DEMO_SCHEDULE_EXCEPTIONS, DEMO_WEEKLY_HOURS } from "./schedules";
export { DEMO_SERVICES } from "./services";
export type {
  DemoArticle,
  DemoLocation,
  DemoOpeningHours,
  DemoInterval,
  DemoProvider,
  DemoScheduleException,
  DemoService,
  DemoWeeklyHours,
  IsoWeekday,
} from "./types";
