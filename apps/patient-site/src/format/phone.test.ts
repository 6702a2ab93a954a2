import { describe, expect, it } from "vitest";
import { telHref } from "./phone";

describe("telHref", () => {
  it("keeps only digits and a leading plus for the dialer", () => {
    expect(telHref("(512) 555-0142")).toBe("tel:5125550142");
    expect(telHref("+1 915.555.0120")).toBe("tel:+19155550120");
  });
});
