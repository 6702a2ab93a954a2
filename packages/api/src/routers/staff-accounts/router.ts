import { router } from "../../trpc";
import { change } from "./change";
import { invitations } from "./invitations";
import { invite } from "./invite";
import { list } from "./list";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";

export const staffAccountsRouter = router({ list, change, invite, invitations, resendInvitation, revokeInvitation });
