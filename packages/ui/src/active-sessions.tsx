import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { describeTimeZone, formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { Button } from "./button";

export type ActiveSession = { id: string; device: string; signedInAt: Date; lastSeenAt: Date; current: boolean };

// The clinic's zone, named, with each time's abbreviation (CST/CDT): the server cannot know the viewer's.
const when = (instant: Date) => formatInstantInZone(instant, CLINIC_PROFILE.timeZone, "short");

/**
 * "Your active sessions": each device with when it signed in and was last seen, a sign-out button
 * for each other one and for all of them. Plain POST forms to the app's server actions (no JavaScript needed).
 */
export function ActiveSessions({
  sessions,
  endSession,
  endOtherSessions,
}: {
  sessions: ActiveSession[];
  endSession: (form: FormData) => Promise<void>;
  endOtherSessions: () => Promise<void>;
}) {
  const others = sessions.filter((session) => !session.current);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted">Times are in the clinic&apos;s time zone, {describeTimeZone(CLINIC_PROFILE.timeZone)}.</p>
      <ul className="flex flex-col divide-y divide-line rounded-lg border border-line" aria-label="Your active sessions">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div>
              <p className="font-medium">
                {session.device}
                {session.current ? <span className="ml-2 text-sm font-normal text-muted">(this device)</span> : null}
              </p>
              <p className="text-sm text-muted">
                Signed in {when(session.signedInAt)} · last seen {when(session.lastSeenAt)}
              </p>
            </div>
            {session.current ? null : (
              <form action={endSession}>
                <input type="hidden" name="sessionId" value={session.id} />
                <Button type="submit" variant="secondary" size="sm" aria-label={`Sign out ${session.device}, signed in ${when(session.signedInAt)}`}>
                  Sign out
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <form action={endOtherSessions}>
          <Button type="submit" variant="secondary">
            Sign out everywhere else
          </Button>
        </form>
      ) : (
        <p className="text-sm">You are signed in on this device only.</p>
      )}
    </div>
  );
}
