import { describe, expect, it } from "vitest";
import { parsePatientSiteOrigin } from "./site-links";

describe("parsePatientSiteOrigin", () => {
  it("uses the development site when unset or empty", () => {
    expect(parsePatientSiteOrigin(undefined)).toBe("http://localhost:3000");
    expect(parsePatientSiteOrigin("  ")).toBe("http://localhost:3000");
  });

  it("keeps only the origin of the configured URL", () => {
    expect(parsePatientSiteOrigin("https://portal.example.com/some/path")).toBe("https://portal.example.com");
  });

  it("refuses anything but an http(s) URL, naming the setting", () => {
    expect(() => parsePatientSiteOrigin("ftp://example.com")).toThrow(/PATIENT_SITE_URL/);
  });
});
