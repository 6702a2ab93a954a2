import { router } from "../../trpc";
import { requestPasswordReset } from "./request-password-reset";
import { resendVerification } from "./resend-verification";
import { resetPassword } from "./reset-password";
import { signUp } from "./sign-up";
import { verifyEmail } from "./verify-email";

export const accountRouter = router({ signUp, verifyEmail, resendVerification, requestPasswordReset, resetPassword });
