import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { formatTimeInZone } from "@clinic/domain/time/format-for-people";
import { appointmentStatusLabel } from "~/lib/appointment-status-label";

export type SheetRow = { id: string; startsAt: Date; endsAt: Date; status: AppointmentStatus; providerName: string; patientName: string; serviceName: string };

/** The printable day sheet: every visit as a row, in time order. Shown only when printing. */
export function DaySheet({ title, rows, timeZone }: { title: string; rows: SheetRow[]; timeZone: string }) {
  const sorted = [...rows].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.providerName.localeCompare(b.providerName));
  return (
    <section className="hidden print:block" aria-label="Day sheet">
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      {sorted.length === 0 ? (
        <p>No visits.</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr>
              {["Time", "Provider", "Patient", "Service", "Status"].map((heading) => (
                <th key={heading} className="border-b border-ink py-1 pr-3 text-left">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id} className="break-inside-avoid">
                <td className="border-b border-line py-1 pr-3 whitespace-nowrap">
                  {formatTimeInZone(row.startsAt, timeZone)}–{formatTimeInZone(row.endsAt, timeZone)}
                </td>
                <td className="border-b border-line py-1 pr-3">{row.providerName}</td>
                <td className="border-b border-line py-1 pr-3">{row.patientName}</td>
                <td className="border-b border-line py-1 pr-3">{row.serviceName}</td>
                <td className="border-b border-line py-1 pr-3">{appointmentStatusLabel(row.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
