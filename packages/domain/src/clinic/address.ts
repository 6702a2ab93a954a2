export type PostalAddress = { addressLine1: string; addressLine2: string | null; city: string; region: string; postalCode: string };

/** "100 Congress Ave, Suite 2, Austin, TX 78701": a location's address on one line, as emails show it. */
export function oneLineAddress(address: PostalAddress): string {
  const street = [address.addressLine1, address.addressLine2].filter(Boolean).join(", ");
  return `${street}, ${address.city}, ${address.region} ${address.postalCode}`;
}
