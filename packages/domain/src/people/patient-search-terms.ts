/** Fewer digits than this in a search would match most phone numbers, so they are not compared. */
export const MIN_PHONE_DIGITS_TO_SEARCH = 3;

/**
 * The digits of a patient search, compared against phone numbers without separators, so
 * "(512) 555-01" finds "512.555.0142"; null when the search holds too few digits to mean a phone.
 */
export function phoneDigitsOfSearch(query: string): string | null {
  const digits = query.replace(/\D/g, "");
  return digits.length >= MIN_PHONE_DIGITS_TO_SEARCH ? digits : null;
}
