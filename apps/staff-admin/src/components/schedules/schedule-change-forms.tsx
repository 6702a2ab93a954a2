"use client";

import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field } from "@clinic/ui/field";
import { Input } from "@clinic/ui/input";
import { Select } from "@clinic/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { requestTimeOffAction, scheduleChangeAction, type ChangeState, type RequestState, type SchedulePreview } from "~/app/(staff)/schedules/actions";
import { SHIFTS_PER_DAY, WEEKDAYS, type ChangeFormKind } from "~/lib/schedule-change-form";

type Option = { id: string; name: string };

/** Moves focus to the heading of a new step (preview shown, change saved), as every step change does. */
function useStepFocus(step: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [step]);
  return ref;
}

function formatVisit(startsAt: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(
    new Date(startsAt),
  );
}

function PreviewPanel({ id, preview }: { id: string; preview: SchedulePreview }) {
  return (
    <div className="mt-4 flex flex-col gap-4">
      {preview.locations.map((location) => (
        <div key={location.locationId}>
          <p className="font-medium">
            {location.locationName}: {location.gained} slots gained, {location.lost} slots lost over the next 4 weeks
          </p>
          {location.days.length > 0 ? (
            <table className="mt-2 text-sm">
              <caption className="sr-only">Bookable 30-minute slots per day at {location.locationName}, before and after</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-4 text-left">Provider</th>
                  <th scope="col" className="pr-4 text-left">Day</th>
                  <th scope="col" className="pr-4 text-right">Before</th>
                  <th scope="col" className="text-right">After</th>
                </tr>
              </thead>
              <tbody>
                {location.days.slice(0, 40).map((day) => (
                  <tr key={`${day.providerId}-${day.date}`}>
                    <td className="pr-4">{day.providerName}</td>
                    <td className="pr-4">{day.date}</td>
                    <td className="pr-4 text-right">{day.before}</td>
                    <td className="text-right">{day.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-sm text-muted">No bookable time changes in the next 4 weeks.</p>
          )}
        </div>
      ))}
      {preview.stranded.length > 0 ? (
        <fieldset className="rounded border border-warning-200 p-3">
          <legend className="px-1 font-medium">
            {preview.stranded.length === 1 ? "1 booked visit falls" : `${preview.stranded.length} booked visits fall`} outside the new working time. Keep or cancel each:
          </legend>
          <ul className="flex flex-col gap-3">
            {preview.stranded.map((visit) => (
              <li key={visit.appointmentId}>
                <p>
                  {formatVisit(visit.startsAt, visit.timeZone)} · {visit.patientName} · {visit.serviceName} with {visit.providerName} at {visit.locationName}
                </p>
                <div role="radiogroup" aria-label={`${visit.patientName}, ${formatVisit(visit.startsAt, visit.timeZone)}`} className="flex gap-4">
                  <label className="flex items-center gap-1">
                    <input type="radio" name={`visit-${visit.appointmentId}`} value="keep" required id={`${id}-${visit.appointmentId}-keep`} /> Keep the visit
                  </label>
                  <label className="flex items-center gap-1">
                    <input type="radio" name={`visit-${visit.appointmentId}`} value="cancel" /> Cancel and email the patient
                  </label>
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <p>No booked visit falls outside the new working time.</p>
      )}
    </div>
  );
}

/** A change form: fields, "Preview change", then the effect and "Save change". Works without JavaScript. */
function ChangeForm({ kind, id, heading, children }: { kind: ChangeFormKind; id: string; heading: string; children: (values: Record<string, string>) => ReactNode }) {
  const [state, formAction, pending] = useActionState<ChangeState, FormData>(scheduleChangeAction, { stage: "edit" });
  const stepHeading = useStepFocus(`${state.stage}-${state.message ?? ""}-${state.formError ?? ""}`);
  const values = state.stage === "saved" ? {} : (state.values ?? {});
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-line p-4">
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        {heading}
      </h3>
      <form action={formAction} className="mt-3 flex flex-col gap-3" aria-describedby={state.formError ? `${id}-error` : undefined}>
        <input type="hidden" name="changeKind" value={kind} />
        {/* React resets a form after its action; remounting with the posted values shows exactly what the next post sends. */}
        <div key={JSON.stringify(values)} className="flex flex-col gap-3">
          {children(values)}
        </div>
        {state.formError ? (
          <div id={`${id}-error`}>
            <Alert tone="error">{state.formError}</Alert>
          </div>
        ) : null}
        {state.stage === "saved" ? (
          <>
            <h4 ref={stepHeading} tabIndex={-1} className="font-semibold">
              Change saved
            </h4>
            <Alert tone="success">{state.message}</Alert>
          </>
        ) : null}
        {state.stage === "preview" && state.preview ? (
          <div>
            <h4 ref={stepHeading} tabIndex={-1} className="font-semibold">
              Effect of this change
            </h4>
            <PreviewPanel id={id} preview={state.preview} />
          </div>
        ) : null}
        <div className="flex gap-3">
          <Button type="submit" name="intent" value="preview" variant={state.stage === "preview" ? "secondary" : "primary"} loading={pending}>
            Preview change
          </Button>
          {state.stage === "preview" ? (
            <Button type="submit" name="intent" value="save" loading={pending}>
              Save change
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

/** The location select of a change form; `everywhere` adds a first option for every location (posted as ""). */
function LocationField({ id, locations, value, everywhere }: { id: string; locations: Option[]; value: string | undefined; everywhere?: string }) {
  return (
    <Field id={id} label="Location" required={!everywhere}>
      <Select id={id} name="locationId" required={!everywhere} defaultValue={value ?? (everywhere ? "" : locations[0]?.id)}>
        {everywhere ? <option value="">{everywhere}</option> : null}
        {locations.map((location) => (
          <option key={location.id} value={location.id}>
            {location.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function PartOfDay({ id, values }: { id: string; values: Record<string, string> }) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field id={`${id}-date`} label="Date" required>
        <Input id={`${id}-date`} name="date" type="date" required defaultValue={values.date ?? ""} />
      </Field>
      <Field id={`${id}-start`} label="From (leave empty for the whole day)">
        <Input id={`${id}-start`} name="start" type="time" defaultValue={values.start ?? ""} />
      </Field>
      <Field id={`${id}-end`} label="Until">
        <Input id={`${id}-end`} name="end" type="time" defaultValue={values.end ?? ""} />
      </Field>
    </div>
  );
}

/** A closure as the schedules page lists it. */
export type ExistingClosure = { id: string; locationId: string; date: string; start: string | null; end: string | null; reason: string };

/** Closes a location, or (given `closure`) changes one: same location, new day, hours or reason. */
export function ClosureForm({ locations, closure }: { locations: Option[]; closure?: ExistingClosure }) {
  const id = closure ? `closure-${closure.id.slice(0, 8)}` : "closure";
  const location = closure ? locations.find((candidate) => candidate.id === closure.locationId) : undefined;
  return (
    <ChangeForm kind="closure" id={id} heading={closure ? `Change this closure (${location?.name ?? "location"})` : "Close a location"}>
      {(posted) => {
        const values = closure ? { date: closure.date, start: closure.start ?? "", end: closure.end ?? "", reason: closure.reason, ...posted } : posted;
        return (
          <>
            {closure ? (
              <>
                <input type="hidden" name="closureId" value={closure.id} />
                <input type="hidden" name="locationId" value={closure.locationId} />
              </>
            ) : (
              <LocationField id={`${id}-location`} locations={locations} value={values.locationId} />
            )}
            <PartOfDay id={id} values={values} />
            <Field id={`${id}-reason`} label="Reason" required>
              <Input id={`${id}-reason`} name="reason" required maxLength={200} defaultValue={values.reason ?? ""} />
            </Field>
          </>
        );
      }}
    </ChangeForm>
  );
}

/** Reopens a closed day (or hours): previewed like any change, then removed. */
export function RemoveClosureForm({ closure }: { closure: ExistingClosure }) {
  return (
    <ChangeForm kind="closure_removal" id={`remove-closure-${closure.id.slice(0, 8)}`} heading="Remove this closure">
      {() => <input type="hidden" name="closureId" value={closure.id} />}
    </ChangeForm>
  );
}

export function ExceptionForm({ provider, locations }: { provider: Option; locations: Option[] }) {
  return (
    <ChangeForm kind="exception" id="exception" heading={`Add time off or extra hours for ${provider.name}`}>
      {(values) => (
        <>
          <input type="hidden" name="providerId" value={provider.id} />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="exception-kind" label="Kind" required>
              <Select id="exception-kind" name="exceptionKind" defaultValue={values.exceptionKind ?? "time_off"}>
                <option value="time_off">Time off</option>
                <option value="extra_hours">Extra hours</option>
              </Select>
            </Field>
            <LocationField id="exception-location" locations={locations} value={values.locationId} everywhere="Every location (time off only)" />
          </div>
          <PartOfDay id="exception" values={values} />
          <Field id="exception-note" label="Note">
            <Input id="exception-note" name="note" maxLength={200} defaultValue={values.note ?? ""} />
          </Field>
        </>
      )}
    </ChangeForm>
  );
}

export type WeeklyRow = { locationId: string; weekday: number; start: string; end: string };

const intervalLabel = (index: number) => (index === 0 ? "First interval" : "Second interval");

export function WeeklyHoursForm({ provider, location, hours }: { provider: Option; location: Option; hours: WeeklyRow[] }) {
  const id = `weekly-${location.id.slice(0, 8)}`;
  return (
    <ChangeForm kind="weekly_hours" id={id} heading={`Weekly hours of ${provider.name} at ${location.name}`}>
      {(values) => (
        <>
          <input type="hidden" name="providerId" value={provider.id} />
          <input type="hidden" name="locationId" value={location.id} />
          {/* Seven rows of four times do not fit a phone: there each weekday stacks its two intervals. */}
          <Table stacked>
            <caption className="sr-only">Working hours per weekday; a second interval makes a split shift</caption>
            <THead>
              <TR>
                <TH>Day</TH>
                {Array.from({ length: SHIFTS_PER_DAY }, (_, index) => (
                  <TH key={index}>{intervalLabel(index)}</TH>
                ))}
              </TR>
            </THead>
            <TBody>
              {WEEKDAYS.map(([weekday, name]) => {
                const today = hours.filter((row) => row.weekday === weekday);
                return (
                  <TR key={weekday}>
                    <TH scope="row" className="py-2 font-medium">
                      {name}
                    </TH>
                    {Array.from({ length: SHIFTS_PER_DAY }, (_, index) => {
                      const shift = index + 1;
                      const startName = `start-${weekday}-${shift}`;
                      const endName = `end-${weekday}-${shift}`;
                      return (
                        <TD key={shift} label={intervalLabel(index)} className="py-2">
                          <span className="flex items-center gap-1">
                            <Input aria-label={`${name}, interval ${shift}, from`} name={startName} type="time" defaultValue={values[startName] ?? today[index]?.start ?? ""} />
                            <span aria-hidden="true">–</span>
                            <Input aria-label={`${name}, interval ${shift}, until`} name={endName} type="time" defaultValue={values[endName] ?? today[index]?.end ?? ""} />
                          </span>
                        </TD>
                      );
                    })}
                  </TR>
                );
              })}
            </TBody>
          </Table>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={`${id}-from`} label="Effective from (empty: now)">
              <Input id={`${id}-from`} name="effectiveFrom" type="date" defaultValue={values.effectiveFrom ?? ""} />
            </Field>
            <Field id={`${id}-to`} label="Effective until (empty: open-ended)">
              <Input id={`${id}-to`} name="effectiveTo" type="date" defaultValue={values.effectiveTo ?? ""} />
            </Field>
          </div>
        </>
      )}
    </ChangeForm>
  );
}

export function ApproveForm({ exceptionId, label }: { exceptionId: string; label: string }) {
  return (
    <ChangeForm kind="approval" id={`approve-${exceptionId.slice(0, 8)}`} heading={`Approve: ${label}`}>
      {() => <input type="hidden" name="exceptionId" value={exceptionId} />}
    </ChangeForm>
  );
}

export function RequestTimeOffForm({ locations }: { locations: Option[] }) {
  const [state, formAction, pending] = useActionState<RequestState, FormData>(requestTimeOffAction, {});
  const heading = useStepFocus(`${state.message ?? ""}-${state.formError ?? ""}`);
  const values = state.message ? {} : (state.values ?? {});
  return (
    <section aria-labelledby="request-heading" className="rounded border border-line p-4">
      <h3 id="request-heading" className="text-lg font-semibold">
        Request time off
      </h3>
      <form action={formAction} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="changeKind" value="exception" />
        <input type="hidden" name="exceptionKind" value="time_off" />
        <div key={JSON.stringify(values)} className="flex flex-col gap-3">
          <LocationField id="request-location" locations={locations} value={values.locationId} everywhere="Every location" />
          <PartOfDay id="request" values={values} />
          <Field id="request-note" label="Note">
            <Input id="request-note" name="note" maxLength={200} defaultValue={values.note ?? ""} />
          </Field>
        </div>
        {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
        {state.message ? (
          <>
            <h4 ref={heading} tabIndex={-1} className="font-semibold">
              Request sent
            </h4>
            <Alert tone="success">{state.message}</Alert>
          </>
        ) : null}
        <div>
          <Button type="submit" loading={pending}>
            Send request
          </Button>
        </div>
      </form>
    </section>
  );
}
