import { router } from "../../trpc";
import { changePassword } from "./change-password";
import { endOtherSessions } from "./end-other-sessions";
import { endSession } from "./end-session";
import { sessions } from "./sessions";

/** The signed-in member of staff's own account ("My account"). */
export const myAccountRouter = router({ changePassword, sessions, endSession, endOtherSessions });
