import { ROLE_LABELS, STAFF_ROLES } from "@clinic/domain/people/roles";
import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { Alert } from "@clinic/ui/alert";
import { buttonClasses } from "@clinic/ui/button";
import { PageHeader } from "@clinic/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { Metadata } from "next";
import { requireStaff } from "~/auth";
import type { SearchParamValue } from "~/lib/search-params";
import { getCaller } from "~/trpc/server";
import { changeStaffAccountAction, type ChangeNotice } from "./actions";

export const metadata: Metadata = { title: "Staff accounts" };

const TIME_ZONE = "America/Chicago";

const NOTICES: Record<ChangeNotice, { tone: "success" | "error"; text: string }> = {
  role: { tone: "success", text: "The role was changed." },
  disable: { tone: "success", text: "The account was disabled and every session it had open was ended." },
  enable: { tone: "success", text: "The account was enabled again." },
  self: { tone: "error", text: "You cannot disable your own account or change your own role. Ask another administrator." },
  missing: { tone: "error", text: "That staff account was not found." },
  invalid: { tone: "error", text: "Choose a role from the list." },
};

/** Every staff account: role, state and last sign-in; administrators change roles and disable or enable accounts here. */
export default async function StaffAccountsPage({ searchParams }: { searchParams: Promise<{ done?: SearchParamValue }> }) {
  const me = await requireStaff(["admin"]);
  const { done } = await searchParams;
  const notice = typeof done === "string" && Object.hasOwn(NOTICES, done) ? NOTICES[done as ChangeNotice] : null;
  const accounts = await (await getCaller()).staffAccounts.list();

  return (
    <>
      <PageHeader title="Staff accounts" description="Roles, access and last sign-in of everyone who works in the staff admin. Times in US Central time." />
      {notice ? (
        <Alert tone={notice.tone} className="mb-6">
          {notice.text}
        </Alert>
      ) : null}
      <Table>
        <caption className="sr-only">Staff accounts by name</caption>
        <THead>
          <TR>
            <TH>Name</TH>
            <TH>Role</TH>
            <TH>Status</TH>
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
                <TD>
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
                <TD>{account.disabledAt ? `Disabled ${formatInstantInZone(account.disabledAt, TIME_ZONE, "short")}` : "Active"}</TD>
                <TD>{account.lastSignInAt ? formatInstantInZone(account.lastSignInAt, TIME_ZONE, "short") : "Never"}</TD>
                <TD>
                  {self ? (
                    <span className="text-sm text-muted">This is you</span>
                  ) : (
                    <form action={changeStaffAccountAction}>
                      <input type="hidden" name="kind" value={account.disabledAt ? "enable" : "disable"} />
                      <input type="hidden" name="userId" value={account.id} />
                      <button type="submit" className={buttonClasses({ variant: account.disabledAt ? "secondary" : "danger", size: "sm" })}>
                        {account.disabledAt ? `Enable ${account.name}` : `Disable ${account.name}`}
                      </button>
                    </form>
                  )}
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
    </>
  );
}
