import { router } from "../../trpc";
import { availability } from "./availability";
import { bookForPatient } from "./book-for-patient";
import { byId } from "./by-id";
import { cancel } from "./cancel";
import { checkIn, complete, markNoShow } from "./change-status";
import { reschedule } from "./reschedule";

/** Staff on the clinic's day: one visit's details and the changes its status allows. */
export const visitsRouter = router({ availability, byId, checkIn, complete, markNoShow, cancel, reschedule, bookForPatient });
