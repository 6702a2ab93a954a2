import { patientSearchInput } from "@clinic/domain/people/patient-search";
import { calendarDateSchema } from "@clinic/domain/time/calendar-date";

/** Next gives each query parameter as a string, an array (repeated) or undefined. */
export type SearchParamValue = string | string[] | undefined;

function first(value: SearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export const PATIENTS_PAGE_SIZE = 20;

export type PatientSearchRequest =
  | { kind: "empty" }
  | { kind: "invalid"; query: string; message: string }
  | { kind: "search"; query: string; page: number; pageSize: number };

/**
 * Reads `?q=&page=` of the patients page with the same schema the procedure uses, so the page
 * shows the validation message instead of sending a request that would come back BAD_REQUEST.
 */
export function parsePatientSearch(params: { q?: SearchParamValue; page?: SearchParamValue }): PatientSearchRequest {
  const query = (first(params.q) ?? "").trim();
  if (query === "") return { kind: "empty" };
  const pageNumber = Number.parseInt(first(params.page) ?? "1", 10);
  const parsed = patientSearchInput.safeParse({
    query,
    page: Number.isFinite(pageNumber) && pageNumber >= 1 ? pageNumber : 1,
    pageSize: PATIENTS_PAGE_SIZE,
  });
  if (!parsed.success) {
    return { kind: "invalid", query, message: parsed.error.issues[0]?.message ?? "Check your search." };
  }
  return { kind: "search", ...parsed.data };
}

/** The link to another page of the same search. */
export function patientSearchHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `/patients?${params.toString()}`;
}

/** `?date=YYYY-MM-DD` of the dashboard: a valid calendar date, or undefined for "today" (and a note if it was bad). */
export function parseDashboardDate(value: SearchParamValue): { date: string | undefined; invalid: boolean } {
  const raw = first(value)?.trim();
  if (!raw) return { date: undefined, invalid: false };
  return calendarDateSchema.safeParse(raw).success ? { date: raw, invalid: false } : { date: undefined, invalid: true };
}
