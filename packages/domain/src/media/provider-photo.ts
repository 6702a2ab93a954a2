/**
 * A provider photo's description when the administrator leaves it empty: a portrait's alt text is
 * who it shows (issue 11: "alt text required or derived").
 */
export function providerPhotoAlt(typedAlt: string, providerName: string): string {
  return typedAlt.trim() === "" ? `Photo of ${providerName}` : typedAlt;
}

/** The demo seed's stand-in portraits say what they are, so nobody mistakes them for the person. */
export function placeholderPhotoAlt(providerName: string): string {
  return `Placeholder photo for ${providerName}`;
}
