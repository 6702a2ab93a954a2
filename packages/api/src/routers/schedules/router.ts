import { router } from "../../trpc";
import { declineTimeOff } from "./decline-time-off";
import { overview } from "./overview";
import { preview } from "./preview";
import { requestTimeOff } from "./request-time-off";
import { saveChange } from "./save-change";

export const schedulesRouter = router({ overview, preview, saveChange, requestTimeOff, declineTimeOff });
