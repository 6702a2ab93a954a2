import { router } from "../../trpc";
import { resendVerification } from "./resend-verification";
import { signUp } from "./sign-up";
import { verifyEmail } from "./verify-email";

export const accountRouter = router({ signUp, verifyEmail, resendVerification });
