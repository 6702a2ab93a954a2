/**
 * What a visitor has chosen so far on /book, kept in the URL's query string so a reload, a shared link
 * or the round trip through sign-in comes back to the same choices. Values are slugs (readable URLs),
 * a local date and the slot's own start (an ISO instant with the location's offset, unambiguous even
 * on the day clocks fall back).
 */
export type BookingSelection = {
  service?: string;
  location?: string;
  /** A provider's slug, or "any" for the first available provider. */
  provider?: string;
  /** YYYY-MM-DD at the location. */
  date?: string;
  /** The chosen slot's start, e.g. "2026-12-14T09:00:00-06:00". */
  time?: string;
};

/** The order of the choices: changing one forgets everything chosen after it (except the day, see `choose`). */
export const SELECTION_KEYS = ["service", "location", "provider", "date", "time"] as const;
export type SelectionKey = (typeof SELECTION_KEYS)[number];

export type BookingStep = "service" | "location" | "provider" | "time" | "review";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

const VALID: Record<SelectionKey, (value: string) => boolean> = {
  service: (value) => SLUG.test(value),
  location: (value) => SLUG.test(value),
  provider: (value) => SLUG.test(value),
  date: (value) => LOCAL_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`)),
  time: (value) => ZONED_INSTANT.test(value) && !Number.isNaN(Date.parse(value)),
};

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(source: ParamSource, key: string): string | undefined {
  const value = source instanceof URLSearchParams ? source.get(key) : source[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.length <= 100 ? first : undefined;
}

/**
 * The selection in a query string. Malformed values are dropped, and so is every choice after a
 * missing one: a time without a provider means nothing.
 */
export function parseBookingSelection(source: ParamSource): BookingSelection {
  const selection: BookingSelection = {};
  for (const key of SELECTION_KEYS) {
    const value = read(source, key);
    if (!value || !VALID[key](value)) break;
    selection[key] = value;
  }
  // A time belongs to its day: one that does not start on the chosen date was edited by hand.
  if (selection.time && selection.date && !selection.time.startsWith(selection.date)) delete selection.time;
  return selection;
}

/** "/book?service=…&location=…" in the fixed key order, so equal selections give equal URLs. */
export function bookingHref(selection: BookingSelection): string {
  const params = new URLSearchParams();
  for (const key of SELECTION_KEYS) {
    const value = selection[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/book?${query}` : "/book";
}

/**
 * The selection after choosing `value` for `key` (or clearing it with undefined). Later choices are
 * forgotten, except that a different provider keeps the day being looked at (its times may differ).
 */
export function choose(selection: BookingSelection, key: SelectionKey, value: string | undefined): BookingSelection {
  const next: BookingSelection = {};
  for (const earlier of SELECTION_KEYS.slice(0, SELECTION_KEYS.indexOf(key))) {
    if (selection[earlier]) next[earlier] = selection[earlier];
  }
  if (value) next[key] = value;
  if (key === "provider" && value && selection.date) next.date = selection.date;
  return next;
}

/** The step to show for a selection whose values are all known to exist. */
export function stepFor(selection: BookingSelection): BookingStep {
  if (!selection.service) return "service";
  if (!selection.location) return "location";
  if (!selection.provider) return "provider";
  if (!selection.time) return "time";
  return "review";
}

/** Identifies one booking attempt: the same choices reuse the same idempotency key. */
export function attemptIdentity(selection: BookingSelection): string {
  return SELECTION_KEYS.map((key) => selection[key] ?? "").join("|");
}
