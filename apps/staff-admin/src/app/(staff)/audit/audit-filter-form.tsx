import { AUDIT_ACTIONS } from "@clinic/api/staff-router";
import { buttonClasses } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Input } from "@clinic/ui/input";
import { Select } from "@clinic/ui/select";
import Link from "next/link";

type Values = { patientId?: string; actorUserId?: string; action?: string; from?: string; to?: string };
type Errors = Partial<Record<keyof Values, string>>;
export type ActorOption = { id: string; name: string; role: string };

/**
 * A GET form: the filter holds only ids, a verb and dates (never a name), so each view is a URL an
 * administrator can reload or share, and it works without JavaScript.
 */
export function AuditFilterForm({ values, errors, actors }: { values: Values; errors: Errors; actors: ActorOption[] }) {
  return (
    <form method="get" action="/audit" aria-label="Filter the audit trail" className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-start">
      {values.patientId ? <input type="hidden" name="patient" value={values.patientId} /> : null}
      <Field id="audit-actor" label="Who" error={errors.actorUserId}>
        <Select id="audit-actor" name="actor" defaultValue={values.actorUserId ?? ""} invalid={Boolean(errors.actorUserId)} aria-describedby={fieldDescribedBy("audit-actor", { error: errors.actorUserId })}>
          <option value="">Anyone</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name} ({actor.role.replace("_", " ")})
            </option>
          ))}
        </Select>
      </Field>
      <Field id="audit-action" label="What" error={errors.action}>
        <Select id="audit-action" name="action" defaultValue={values.action ?? ""} invalid={Boolean(errors.action)} aria-describedby={fieldDescribedBy("audit-action", { error: errors.action })}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="audit-from" label="From" error={errors.from}>
        <Input id="audit-from" name="from" type="date" required defaultValue={values.from} invalid={Boolean(errors.from)} aria-describedby={fieldDescribedBy("audit-from", { error: errors.from })} />
      </Field>
      <Field id="audit-to" label="To" hint="At most 92 days." error={errors.to}>
        <Input id="audit-to" name="to" type="date" required defaultValue={values.to} invalid={Boolean(errors.to)} aria-describedby={fieldDescribedBy("audit-to", { error: errors.to, hint: "At most 92 days." })} />
      </Field>
      <div className="flex flex-wrap gap-2 lg:mt-7">
        <button type="submit" className={buttonClasses()}>
          Show events
        </button>
        <Link href="/audit" className={buttonClasses({ variant: "ghost" })}>
          Clear
        </Link>
      </div>
    </form>
  );
}
