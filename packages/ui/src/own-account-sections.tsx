import { ActiveSessions, type ActiveSession } from "./active-sessions";
import { Card } from "./card";
import { ChangePasswordForm, type ChangePasswordAction } from "./change-password-form";

/** "Password" and "Your active sessions", as the patient profile and staff "my account" both show them. */
export function OwnAccountSections({
  changePassword,
  sessions,
  endSession,
  endOtherSessions,
  className,
}: {
  changePassword: ChangePasswordAction;
  sessions: ActiveSession[];
  endSession: (form: FormData) => Promise<void>;
  endOtherSessions: () => Promise<void>;
  /** Spacing of the first section from what comes before it. */
  className?: string;
}) {
  return (
    <>
      <section aria-labelledby="password-heading" className={`max-w-xl ${className ?? ""}`}>
        <h2 id="password-heading" className="mb-3 text-xl font-semibold">
          Password
        </h2>
        <Card>
          <ChangePasswordForm action={changePassword} />
        </Card>
      </section>
      <section aria-labelledby="sessions-heading" className="mt-10 max-w-xl">
        <h2 id="sessions-heading" className="mb-3 text-xl font-semibold">
          Your active sessions
        </h2>
        <ActiveSessions sessions={sessions} endSession={endSession} endOtherSessions={endOtherSessions} />
      </section>
    </>
  );
}
