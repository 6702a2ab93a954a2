import { router } from "../../trpc";
import { changePassword } from "./change-password";
import { endOtherSessions } from "./end-other-sessions";
import { endSession } from "./end-session";
import { requestPasswordReset } from "./request-password-reset";
import { resendVerification } from "./resend-verification";
import { resetPassword } from "./reset-password";
import { sessions } from "./sessions";
import { signUp } from "./sign-up";
import { verifyEmail } from "./verify-email";

export const accountRouter = router({
  signUp,
  verifyEmail,
  resendVerification,
  requestPasswordReset,
  resetPassword,
  changePassword,
  sessions,
  endSession,
  endOtherSessions,
});
