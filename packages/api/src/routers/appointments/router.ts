import { router } from "../../trpc";
import { book } from "./book";
import { byId } from "./by-id";
import { cancel } from "./cancel";
import { ics } from "./ics";
import { mine } from "./mine";
import { reschedule } from "./reschedule";

export const appointmentsRouter = router({ mine, byId, book, cancel, reschedule, ics });
