import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { describeTimeZone, formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { ConfirmAction } from "./confirm-action";

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

const when = (instant: Date) => formatInstantInZone(instant, CLINIC_PROFILE.timeZone, "short");

/**
 * A person's passkeys with when each was added and last used, and "Remove" behind a confirmation step
 * (plain POST forms: removing works without JavaScript, unlike adding).
 */
export function PasskeyList({ passkeys, remove }: { passkeys: PasskeySummary[]; remove: (form: FormData) => Promise<void> }) {
  if (passkeys.length === 0) return <p className="text-muted">No passkeys yet.</p>;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted">Times are in the clinic&apos;s time zone, {describeTimeZone(CLINIC_PROFILE.timeZone)}.</p>
      <ul className="flex flex-col divide-y divide-line rounded-lg border border-line" aria-label="Your passkeys">
        {passkeys.map((passkey) => (
          <li key={passkey.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
            <div>
              <p className="font-medium">{passkey.name}</p>
              <p className="text-sm text-muted">
                Added {when(passkey.createdAt)} · {passkey.lastUsedAt ? `last used ${when(passkey.lastUsedAt)}` : "not used yet"}
              </p>
            </div>
            <ConfirmAction
              label={`Remove ${passkey.name}`}
              consequence={`“${passkey.name}” will no longer sign you in. Your authenticator app and other passkeys keep working.`}
              confirmLabel={`Yes, remove ${passkey.name}`}
              action={remove}
            >
              <input type="hidden" name="passkeyId" value={passkey.id} />
            </ConfirmAction>
          </li>
        ))}
      </ul>
    </div>
  );
}
