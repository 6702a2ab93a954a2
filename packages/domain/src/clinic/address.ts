export type PostalAddress = { addressLine1: string; addressLine2: string | null; city: string; region: string; postalCode: string };

/** "100 Congress Ave, Suite 2, Austin, TX 78701": a location's address on one line, as emails show it. */
export function oneLineAddress(location: PostalAddress): string {
  const street = [location.addressLine1, location.addressLine2].filter(Boolean).join(", ");
  return `${street}, ${location.city}, ${location.region} ${location.postalCode}`;
}
