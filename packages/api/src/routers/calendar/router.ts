import { router } from "../../trpc";
import { choices } from "./choices";
import { day } from "./day";
import { week } from "./week";

export const calendarRouter = router({ day, week, choices });
