import { router } from "../../trpc";
import { mine } from "./mine";

export const appointmentsRouter = router({ mine });
