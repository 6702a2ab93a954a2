import type { ReactNode } from "react";
import type { StaffRouter } from "@clinic/api/staff-router";
import { Card } from "@clinic/ui/card";
import type { inferRouterOutputs } from "@trpc/server";
import { formatCalendarDate } from "@clinic/domain/time/format-for-people";

type PatientDetail = inferRouterOutputs<StaffRouter>["patients"]["detail"];

/** Contact details and membership; "Not given" rather than blanks so staff know the field is empty. */
export function PatientDetails({ patient }: { patient: PatientDetail }) {
  const rows: [string, ReactNode][] = [
    ["Email", <a key="email" href={`mailto:${patient.email}`} className="break-all text-brand-800 underline">{patient.email}</a>],
    ["Phone", patient.phone ?? "Not given"],
    ["Date of birth", patient.dateOfBirth ? formatCalendarDate(patient.dateOfBirth, "full") : "Not given"],
    ["Member since", formatCalendarDate(patient.createdAt.toISOString().slice(0, 10), "full")],
  ];
  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold">Contact details</h2>
      <dl className="grid gap-3">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
