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
 * Reads the patients page's search (the query from its cookie, `?page=` from the URL) with the same
 * schema the procedure uses, so the page shows the validation message instead of a BAD_REQUEST.
 */
export function parsePatientSearch(params: { query?: string | undefined; page?: SearchParamValue }): PatientSearchRequest {
  const query = (params.query ?? "").trim();
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

/** The link to another page of the current search; the query itself never goes in a URL. */
export function patientSearchHref(page: number): string {
  return page > 1 ? `/patients?page=${page}` : "/patients";
}

/**
 * The patients search is posted and kept in this cookie (this path only, for a short while), so a
 * patient's name, email or phone never lands in a URL, browser history or a server log.
 */
export const PATIENT_SEARCH_COOKIE = "patient-search";
export const PATIENT_SEARCH_COOKIE_MAX_AGE_S = 30 * 60;

/** `?date=YYYY-MM-DD` of the dashboard: a valid calendar date, or undefined for "today" (and a note if it was bad). */
export function parseDashboardDate(value: SearchParamValue): { date: string | undefined; invalid: boolean } {
  const raw = first(value)?.trim();
  if (!raw) return { date: undefined, invalid: false };
  return calendarDateSchema.safeParse(raw).success ? { date: raw, invalid: false } : { date: undefined, invalid: true };
}
