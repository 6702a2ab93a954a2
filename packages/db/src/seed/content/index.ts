// The demo clinic's content as plain data; @clinic/db's seeder turns it into rows.
export { DEMO_ARTICLES } from "./health-library";
export { DEMO_LOCATIONS } from "./locations";
export { DEMO_PROVIDERS } from "./providers";
export { DEMO_SERVICES } from "./services";
export type {
  DemoArticle,
  DemoLocation,
  DemoOpeningHours,
  DemoProvider,
  DemoService,
  IsoWeekday,
} from "./types";
