import { router } from "../../trpc";
import { original } from "./original";

/** Library images as served (both apps: the patient site's pages and the staff preview). */
export const mediaRouter = router({ original });
