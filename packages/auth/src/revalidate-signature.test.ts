import { describe, expect, it } from "vitest";
import {
  signPreview,
  signRevalidation,
  verifyPreview,
  verifyRevalidation,
} from "./revalidate-signature";

const secret = "revalidate-secret-for-tests-0123456789";
const body = JSON.stringify({ paths: ["/library/upper-back-pain"] });

describe("revalidation signature", () => {
  it("matches the known HMAC-SHA256 test vector (RFC 4231 case 2)", () => {
    expect(signRevalidation("Jefe", "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("verifies its own signature and refuses a changed body, another secret or junk", () => {
    const signature = signRevalidation(secret, body);
    expect(verifyRevalidation(secret, body, signature)).toBe(true);
    expect(verifyRevalidation(secret, body.replace("upper", "lower"), signature)).toBe(false);
    expect(verifyRevalidation(`${secret}x`, body, signature)).toBe(false);
    expect(verifyRevalidation(secret, body, signature.slice(2))).toBe(false);
    expect(verifyRevalidation(secret, body, "zz".repeat(32))).toBe(false);
  });
});

describe("preview links", () => {
  const revisionId = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
  const now = Date.UTC(2026, 10, 26, 12);

  it("gives back the revision until the link expires", () => {
    const token = signPreview(secret, revisionId, now + 3_600_000);
    expect(verifyPreview(secret, token, now)).toBe(revisionId);
    expect(verifyPreview(secret, token, now + 3_600_000)).toBeNull();
  });

  it("refuses a token whose revision or expiry was changed", () => {
    const token = signPreview(secret, revisionId, now + 1000);
    const later = token.replace(`.${now + 1000}.`, `.${now + 9_999_999}.`);
    expect(verifyPreview(secret, later, now)).toBeNull();
    const other = token.replace(revisionId, "2b4e28ba-2fa1-41d2-883f-0016d3cca427");
    expect(verifyPreview(secret, other, now)).toBeNull();
    expect(verifyPreview(secret, "nonsense", now)).toBeNull();
  });
});
