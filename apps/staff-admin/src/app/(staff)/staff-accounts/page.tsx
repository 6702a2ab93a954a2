import { ROLE_LABELS, STAFF_ROLES } from "@clinic/domain/people/roles";
import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { Alert } from "@clinic/ui/alert";
import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { buttonClasses } from "@clinic/ui/button";
import { ConfirmAction } from "@clinic/ui/confirm-action";
import { PageHeader } from "@clinic/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { Metadata } from "next";
import { requireStaff } from "~/auth";
import type { SearchParamValue } from "~/lib/search-params";
import { getCaller } from "~/trpc/server";
import { changeStaffAccountAction, invitationAction, inviteStaffAction, type ChangeNotice, type InvitationNotice } from "./actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Staff accounts" };

const TIME_ZONE = CLINIC_PROFILE.timeZone;

const NOTICES: Record<ChangeNotice, { tone: "success" | "error"; text: string }> = {
  role: { tone: "success", text: "The role was changed." },
  disable: { tone: "success", text: "The account was disabled and every session it had open was ended." },
  enable: { tone: "success", text: "The account was enabled again." },
  reset_second_factor: {
    tone: "success",
    text: "Their two-step sign-in was reset and every session they had open was ended. At their next sign-in they set up an authenticator again.",
  },
  self: { tone: "error", text: "You cannot disable your own account, change your own role or reset your own two-step sign-in. Ask another administrator." },
  missing: { tone: "error", text: "That staff account was not found." },
  invalid: { tone: "error", text: "Choose a role from the list." },
};

const INVITATION_NOTICES: Record<InvitationNotice, { tone: "success" | "error"; text: string }> = {
  resent: { tone: "success", text: "The invitation was sent again with a new link; the old link no longer works." },
  revoked: { tone: "success", text: "The invitation was revoked: its link no longer works." },
  closed: { tone: "error", text: "That invitation was already accepted or revoked." },
  missing: { tone: "error", text: "That invitation was not found." },
};

/** Every staff account: role, state and last sign-in; administrators change roles, disable or enable accounts and reset a lost authenticator here. */
export default async function StaffAccountsPage({ searchParams }: { searchParams: Promise<{ done?: SearchParamValue; invitation?: SearchParamValue }> }) {
  const me = await requireStaff(["admin"]);
  const { done, invitation } = await searchParams;
  const notice =
    typeof done === "string" && Object.hasOwn(NOTICES, done)
      ? NOTICES[done as ChangeNotice]
      : typeof invitation === "string" && Object.hasOwn(INVITATION_NOTICES, invitation)
        ? INVITATION_NOTICES[invitation as InvitationNotice]
        : null;
  const caller = await getCaller();
  const [accounts, open] = await Promise.all([caller.staffAccounts.list(), caller.staffAccounts.invitations()]);

  return (
    <>
      <PageHeader title="Staff accounts" description="Roles, access, two-step sign-in and last sign-in of everyone who works in the staff admin; invitations for new staff. Times in US Central time." />
      {notice ? (
        <Alert tone={notice.tone} className="mb-6">
          {notice.text}
        </Alert>
      ) : null}
      <Table stacked>
        <caption className="sr-only">Staff accounts by name</caption>
        <THead>
          <TR>
            <TH>Name</TH>
            <TH>Role</TH>
            <TH>Status</TH>
            <TH>Two-step sign-in</TH>
            <TH>Last sign-in</TH>
            <TH>Actions</TH>
          </TR>
        </THead>
        <TBody>
          {accounts.map((account) => {
            const self = account.id === me.id;
            return (
              <TR key={account.id}>
                <TD>
                  {account.name}
                  <span className="block text-xs text-muted">{account.email}</span>
                </TD>
                <TD label="Role">
                  {self ? (
                    ROLE_LABELS[account.role]
                  ) : (
                  <form action={changeStaffAccountAction} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="kind" value="role" />
                    <input type="hidden" name="userId" value={account.id} />
                    <label htmlFor={`role-${account.id}`} className="sr-only">
                      Role of {account.name}
                    </label>
                    <select id={`role-${account.id}`} name="role" defaultValue={account.role} className="min-h-10 rounded-lg border border-line bg-surface px-2 text-sm">
                      {STAFF_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className={buttonClasses({ variant: "secondary", size: "sm" })} aria-label={`Change role of ${account.name}`}>
                        Change role
                      </button>
                  </form>
                  )}
                </TD>
                <TD label="Status">{account.disabledAt ? `Disabled ${formatInstantInZone(account.disabledAt, TIME_ZONE, "short")}` : "Active"}</TD>
                <TD label="Two-step sign-in">{account.mfaEnabledAt ? "Set up" : "Not yet (asked at next sign-in)"}</TD>
                <TD label="Last sign-in">{account.lastSignInAt ? formatInstantInZone(account.lastSignInAt, TIME_ZONE, "short") : "Never"}</TD>
                <TD label="Actions">
                  {self ? (
                    <span className="text-sm text-muted">This is you</span>
                  ) : (
                    <div className="flex flex-wrap gap-2">
                      {account.disabledAt ? (
                        <form action={changeStaffAccountAction}>
                          <input type="hidden" name="kind" value="enable" />
                          <input type="hidden" name="userId" value={account.id} />
                          <button type="submit" className={buttonClasses({ variant: "secondary", size: "sm" })}>
                            {`Enable ${account.name}`}
                          </button>
                        </form>
                      ) : (
                        <ConfirmAction
                          label={`Disable ${account.name}`}
                          consequence={`${account.name} is signed out everywhere at once and cannot sign in until enabled again.`}
                          confirmLabel={`Yes, disable ${account.name}`}
                          action={changeStaffAccountAction}
                        >
                          <input type="hidden" name="kind" value="disable" />
                          <input type="hidden" name="userId" value={account.id} />
                        </ConfirmAction>
                      )}
                      {account.mfaEnabledAt ? (
                        // For a lost phone: the authenticator and recovery codes go; the next sign-in enrols again.
                        <ConfirmAction
                          label={`Reset two-step sign-in of ${account.name}`}
                          consequence={`Their authenticator and recovery codes stop working and they are signed out; at their next sign-in they set up an authenticator again. Only do this once you are sure it is them asking.`}
                          confirmLabel={`Yes, reset two-step sign-in of ${account.name}`}
                          action={changeStaffAccountAction}
                        >
                          <input type="hidden" name="kind" value="reset_second_factor" />
                          <input type="hidden" name="userId" value={account.id} />
                        </ConfirmAction>
                      ) : null}
                    </div>
                  )}
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
      <section aria-labelledby="invite-heading" className="mt-10">
        <h2 id="invite-heading" className="mb-2 text-xl font-semibold">
          Invite someone
        </h2>
        <p className="mb-4 text-sm text-muted">
          They get an email with a link that works once, for 72 hours, to choose a password and set up an authenticator app.
        </p>
        <InviteForm action={inviteStaffAction} providers={open.unlinkedProviders} />
      </section>
      <section aria-labelledby="invitations-heading" className="mt-10">
        <h2 id="invitations-heading" className="mb-4 text-xl font-semibold">
          Open invitations
        </h2>
        {open.invitations.length === 0 ? (
          <p className="text-muted">No invitation is waiting to be accepted.</p>
        ) : (
          <Table stacked>
            <caption className="sr-only">Invitations not accepted yet, newest first</caption>
            <THead>
              <TR>
                <TH>Invited</TH>
                <TH>Role</TH>
                <TH>Sent by</TH>
                <TH>Link</TH>
                <TH>Actions</TH>
              </TR>
            </THead>
            <TBody>
              {open.invitations.map((row) => (
                <TR key={row.id}>
                  <TD>
                    {row.name}
                    <span className="block text-xs text-muted">{row.email}</span>
                  </TD>
                  <TD label="Role">
                    {ROLE_LABELS[row.role]}
                    {row.providerName ? <span className="block text-xs text-muted">{row.providerName}</span> : null}
                  </TD>
                  <TD label="Sent by">{row.invitedByName}</TD>
                  <TD label="Link">
                    {row.status === "expired" ? "Expired " : "Expires "}
                    {formatInstantInZone(row.expiresAt, TIME_ZONE, "short")}
                  </TD>
                  <TD label="Actions">
                    <div className="flex flex-wrap gap-2">
                      <form action={invitationAction}>
                        <input type="hidden" name="kind" value="resend" />
                        <input type="hidden" name="invitationId" value={row.id} />
                        <button type="submit" className={buttonClasses({ variant: "secondary", size: "sm" })}>
                          Resend to {row.name}
                        </button>
                      </form>
                      <ConfirmAction
                        label={`Revoke invitation of ${row.name}`}
                        consequence="The emailed link stops working at once; you can invite them again later."
                        confirmLabel={`Yes, revoke invitation of ${row.name}`}
                        action={invitationAction}
                      >
                        <input type="hidden" name="kind" value="revoke" />
                        <input type="hidden" name="invitationId" value={row.id} />
                      </ConfirmAction>
                    </div>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </>
  );
}
