import { calendarDateSchema } from "@clinic/domain/time/calendar-date";
import { z } from "zod";
import type { SearchParamValue } from "./search-params";

export type CalendarView = "day" | "week";

/** What the calendar's GET form carries: ids and a date only, never personal data. */
export type CalendarParams = {
  view: CalendarView;
  locationId: string | undefined;
  providerId: string | undefined;
  serviceId: string | undefined;
  date: string | undefined;
  /** Something in the URL was not understood and was left out. */
  ignored: boolean;
};

const uuid = z.uuid();

function first(value: SearchParamValue): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single === "" ? undefined : single;
}

/** Reads the calendar's query parameters, dropping (and reporting) anything malformed instead of failing the page. */
export function parseCalendarParams(params: Record<string, SearchParamValue>): CalendarParams {
  let ignored = false;
  const valid = <T>(value: string | undefined, schema: z.ZodType<T>): T | undefined => {
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) ignored = true;
    return parsed.success ? parsed.data : undefined;
  };
  const view = first(params.view);
  if (view !== undefined && view !== "day" && view !== "week") ignored = true;
  return {
    view: view === "week" ? "week" : "day",
    locationId: valid(first(params.location), uuid),
    providerId: valid(first(params.provider), uuid),
    serviceId: valid(first(params.service), uuid),
    date: valid(first(params.date), calendarDateSchema),
    ignored,
  };
}

/** The calendar's URL for a choice (used by the previous/next/today links). */
export function calendarHref(choice: { view: CalendarView; locationId: string; providerId?: string; serviceId?: string; date: string }): string {
  const query = new URLSearchParams({ view: choice.view, location: choice.locationId, date: choice.date });
  if (choice.providerId) query.set("provider", choice.providerId);
  if (choice.serviceId) query.set("service", choice.serviceId);
  return `/calendar?${query.toString()}`;
}
