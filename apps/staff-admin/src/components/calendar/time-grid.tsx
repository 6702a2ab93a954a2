import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import { formatTimeInZone } from "@clinic/domain/time/format-for-people";
import Link from "next/link";
import type { ReactNode } from "react";
import { appointmentStatusLabel } from "~/lib/appointment-status-label";
import { visitLanes } from "./visit-lanes";

/** Pixels per minute of the time axis: a 30-minute visit is tall enough for two lines of text. */
const PX_PER_MINUTE = 1.5;

type Range = { startMinute: number; endMinute: number };
type HourMark = { minute: number; label: string };

export type GridVisit = Range & {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  patientName: string;
  serviceName: string;
  /** Shown when a column mixes providers (a location's week). */
  providerName?: string;
};

export type GridColumn = {
  key: string;
  heading: ReactNode;
  lengthMinutes: number;
  hourMarks: HourMark[];
  working: Range[];
  timeOff: Range[];
  buffers: Range[];
  visits: GridVisit[];
  /** Elapsed minutes since this column's local midnight, when now falls on its day. */
  nowMinute: number | null;
};

/** Colour by status, always with the status in words too. */
const STATUS_CLASSES: Record<AppointmentStatus, string> = {
  booked: "border-info-700 bg-info-50",
  checked_in: "border-warning-800 bg-warning-50",
  completed: "border-success-700 bg-success-50",
  no_show: "border-danger-700 bg-danger-50 line-through decoration-danger-700",
  cancelled: "border-line-strong bg-canvas",
};

/**
 * The hours shown: from the hour before the first thing drawn to the hour after the last (every
 * column shares them so rows line up), or 7 AM–7 PM elapsed on an empty calendar.
 */
export function visibleRange(columns: readonly GridColumn[]): Range {
  const edges = columns.flatMap((column) =>
    [...column.working, ...column.visits, ...column.buffers, ...column.timeOff.filter((off) => off.endMinute - off.startMinute < column.lengthMinutes)].flatMap(
      (range) => [range.startMinute, range.endMinute],
    ),
  );
  const longest = Math.max(1440, ...columns.map((column) => column.lengthMinutes));
  if (edges.length === 0) return { startMinute: 420, endMinute: 1140 };
  return {
    startMinute: Math.max(0, Math.floor(Math.min(...edges) / 60) * 60 - 60),
    endMinute: Math.min(longest, Math.ceil(Math.max(...edges) / 60) * 60 + 60),
  };
}

function place(range: Range, visible: Range): { top: number; height: number } | null {
  const start = Math.max(range.startMinute, visible.startMinute);
  const end = Math.min(range.endMinute, visible.endMinute);
  if (end <= start) return null;
  return { top: (start - visible.startMinute) * PX_PER_MINUTE, height: (end - start) * PX_PER_MINUTE };
}

/**
 * Columns of blocks on a time axis in the location's zone. Positions are elapsed minutes from local
 * midnight, so a 23- or 25-hour day draws at its true length; `axis` labels the shared axis (day view),
 * otherwise each column labels its own hours (a week's Sunday of a clock change differs from its Monday).
 */
export function TimeGrid({ columns, axis, timeZone, label }: { columns: GridColumn[]; axis: HourMark[] | null; timeZone: string; label: string }) {
  const visible = visibleRange(columns);
  const height = (visible.endMinute - visible.startMinute) * PX_PER_MINUTE;
  const inView = (minute: number) => minute >= visible.startMinute && minute < visible.endMinute;
  return (
    // Focusable so keyboard users can scroll it sideways even on a day with no visit to tab to.
    <div role="group" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-surface focus-visible:outline-2 focus-visible:outline-focus print:hidden">
      <div className="flex min-w-max">
        {axis ? (
          <div className="sticky left-0 z-20 w-16 shrink-0 border-r border-line bg-surface" aria-hidden="true">
            <div className="h-14 border-b border-line" />
            <div className="relative" style={{ height }}>
              {axis.filter((mark) => inView(mark.minute)).map((mark) => (
                <span key={mark.minute} className="absolute right-2 -translate-y-1/2 text-xs text-muted" style={{ top: (mark.minute - visible.startMinute) * PX_PER_MINUTE }}>
                  {mark.label}
                </span>
              ))}
            </div>
          </div>
        ) : null}
        {columns.map((column) => (
          <div key={column.key} className="w-64 shrink-0 border-r border-line last:border-r-0">
            <div className="flex h-14 items-center border-b border-line px-2 text-sm font-semibold">{column.heading}</div>
            <div className="relative bg-canvas" style={{ height }}>
              {column.working.map((range) => {
                const box = place(range, visible);
                return box ? <div key={`w${range.startMinute}`} className="absolute inset-x-0 bg-surface" style={box} aria-hidden="true" /> : null;
              })}
              {column.hourMarks.filter((mark) => inView(mark.minute)).map((mark) => (
                <div key={`h${mark.minute}`} className="absolute inset-x-0 border-t border-line" style={{ top: (mark.minute - visible.startMinute) * PX_PER_MINUTE }} aria-hidden="true">
                  {axis ? null : <span className="absolute left-1 text-[10px] leading-none text-muted">{mark.label}</span>}
                </div>
              ))}
              {column.timeOff.map((range) => {
                const box = place(range, visible);
                return box ? (
                  <div
                    key={`o${range.startMinute}`}
                    className="absolute inset-x-1 flex items-start justify-center rounded border border-dashed border-line-strong px-1 pt-1 text-xs font-medium text-muted"
                    style={{ ...box, backgroundImage: "repeating-linear-gradient(45deg, #e4eaeb 0 6px, #f5f8f8 6px 12px)" }}
                  >
                    Time off
                  </div>
                ) : null;
              })}
              {column.buffers.map((range) => {
                const box = place(range, visible);
                return box ? (
                  <div
                    key={`b${range.startMinute}`}
                    className="absolute inset-x-3 overflow-hidden text-center text-[10px] leading-3 text-muted"
                    style={{ ...box, backgroundImage: "repeating-linear-gradient(90deg, #cdd8da 0 2px, transparent 2px 6px)" }}
                    title="Buffer"
                  >
                    <span className="sr-only">Buffer</span>
                  </div>
                ) : null;
              })}
              {visitLanes(column.visits).map((visit) => {
                const box = place(visit, visible);
                if (!box) return null;
                return (
                  <Link
                    key={visit.id}
                    href={`/visits/${visit.id}`}
                    className={`absolute z-10 overflow-hidden rounded border-l-4 px-1.5 py-0.5 text-xs leading-4 text-ink no-underline shadow-sm hover:z-30 hover:overflow-visible focus-visible:z-30 focus-visible:outline-2 focus-visible:outline-focus ${STATUS_CLASSES[visit.status]}`}
                    style={{ top: box.top, height: Math.max(box.height, 18), left: `calc(${(visit.lane / visit.lanes) * 100}% + 2px)`, width: `calc(${100 / visit.lanes}% - 4px)` }}
                    data-status={visit.status}
                  >
                    <span className="font-semibold">
                      {formatTimeInZone(visit.startsAt, timeZone)}–{formatTimeInZone(visit.endsAt, timeZone)}
                    </span>{" "}
                    <span className="font-medium">{visit.patientName}</span>
                    <span className="block">
                      {visit.serviceName}
                      {visit.providerName ? ` · ${visit.providerName}` : ""} · <span className="font-semibold">{appointmentStatusLabel(visit.status)}</span>
                    </span>
                  </Link>
                );
              })}
              {column.nowMinute !== null && inView(column.nowMinute) ? (
                <div className="absolute inset-x-0 z-20 border-t-2 border-danger-700" style={{ top: (column.nowMinute - visible.startMinute) * PX_PER_MINUTE }}>
                  <span className="absolute -top-2.5 right-0 rounded bg-danger-700 px-1 text-[10px] font-semibold text-white">Now</span>
                </div>
              ) : null}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
