import { AUDIT_TIME_ZONE } from "@clinic/domain/audit/audit-filter";
import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import Link from "next/link";
import { auditHref } from "~/app/(staff)/audit/audit-params";
import { getCaller } from "~/trpc/server";

const SHOWN = 10;
const DAYS = 30;

/** "Who looked at this patient": the latest events naming this record (administrators only; the look is itself audited). */
export async function PatientAccessLog({ patientId }: { patientId: string }) {
  const to = todayInZone(AUDIT_TIME_ZONE);
  const from = addCalendarDays(to, -(DAYS - 1));
  const caller = await getCaller();
  const { items, total } = await caller.audit.list({ patientId, from, to, page: 1, pageSize: SHOWN });
  return (
    <section aria-labelledby="access-log-heading" className="mt-10 flex flex-col gap-3">
      <h2 id="access-log-heading" className="text-lg font-semibold">
        Who looked at this record
      </h2>
      <p className="text-sm text-muted">
        The last {DAYS} days, newest first: {total === 1 ? "1 event" : `${total} events`}. Times in US Central time.
      </p>
      {items.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm">
          {items.map((event) => (
            <li key={event.id}>
              {formatInstantInZone(event.occurredAt, AUDIT_TIME_ZONE, "short")} · {event.actorName ?? "Nobody signed in"}
              {event.actorRole ? ` (${event.actorRole.replace("_", " ")})` : ""} · <code>{event.action}</code>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm">
        <Link href={auditHref({ patientId, from, to })} className="text-brand-800 underline">
          Open this patient’s audit trail
        </Link>
      </p>
    </section>
  );
}
