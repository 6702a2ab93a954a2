import { describe, expect, it } from "vitest";
import { placeholderPhotoAlt, providerPhotoAlt } from "./provider-photo";

describe("providerPhotoAlt", () => {
  it("derives the description from the provider's name when none is typed", () => {
    expect(providerPhotoAlt("", "Dr. Maya Okafor")).toBe("Photo of Dr. Maya Okafor");
    expect(providerPhotoAlt("   ", "Dr. Maya Okafor")).toBe("Photo of Dr. Maya Okafor");
  });

  it("keeps a typed description as typed", () => {
    expect(providerPhotoAlt("Dr. Okafor smiling in the clinic", "Dr. Maya Okafor")).toBe("Dr. Okafor smiling in the clinic");
  });
});

describe("placeholderPhotoAlt", () => {
  it("says the photo is a placeholder", () => {
    expect(placeholderPhotoAlt("Dr. Maya Okafor")).toBe("Placeholder photo for Dr. Maya Okafor");
  });
});
