import { describe, expect, it } from "vitest";
import { oneLineAddress } from "./address";

describe("oneLineAddress", () => {
  it("joins street, city, region and postal code, with the second line only when there is one", () => {
    const address = { addressLine1: "100 Congress Ave", addressLine2: null, city: "Austin", region: "TX", postalCode: "78701" };
    expect(oneLineAddress(address)).toBe("100 Congress Ave, Austin, TX 78701");
    expect(oneLineAddress({ ...address, addressLine2: "Suite 2" })).toBe("100 Congress Ave, Suite 2, Austin, TX 78701");
  });
});
