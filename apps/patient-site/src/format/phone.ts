/** "(512) 555-0142" → "tel:5125550142": dialers ignore punctuation inconsistently, so keep digits and "+". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
