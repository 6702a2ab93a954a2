import { router } from "../../trpc";
import { availability } from "./availability";
import { bookForPatient } from "./book-for-patient";
import { byId } from "./by-id";
import { cancel } from "./cancel";
import { checkIn, complete, markNoShow } from "./change-status";

/** Staff on the clinic's day: one visit's details and the changes its status allows. */
export const visitsRouter = router({ availability, byId, checkIn, complete, markNoShow, cancel, bookForPatient });
