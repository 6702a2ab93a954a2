import { describe, expect, it } from "vitest";
import { MAX_PASSKEYS_PER_ACCOUNT, passkeyNameInput, passkeyRegistrationRefusal } from "./passkeys";

describe("passkeyRegistrationRefusal", () => {
  it("refuses an account without a confirmed authenticator app, whatever it holds", () => {
    expect(passkeyRegistrationRefusal({ totpEnabled: false, passkeyCount: 0 })).toBe("no_authenticator");
    expect(passkeyRegistrationRefusal({ totpEnabled: false, passkeyCount: 3 })).toBe("no_authenticator");
  });

  it("allows up to the limit and refuses beyond it", () => {
    expect(passkeyRegistrationRefusal({ totpEnabled: true, passkeyCount: 0 })).toBeNull();
    expect(passkeyRegistrationRefusal({ totpEnabled: true, passkeyCount: MAX_PASSKEYS_PER_ACCOUNT - 1 })).toBeNull();
    expect(passkeyRegistrationRefusal({ totpEnabled: true, passkeyCount: MAX_PASSKEYS_PER_ACCOUNT })).toBe("too_many");
  });
});

describe("passkeyNameInput", () => {
  it("trims and folds spaces", () => {
    expect(passkeyNameInput.parse("  Work   laptop ")).toBe("Work laptop");
  });

  it("refuses empty, over-long and control-character names with a sentence", () => {
    expect(passkeyNameInput.safeParse("   ").error?.issues[0]?.message).toMatch(/Give the passkey a name/);
    expect(passkeyNameInput.safeParse("x".repeat(61)).error?.issues[0]?.message).toMatch(/at most 60/);
    expect(passkeyNameInput.safeParse("a\u0000b").success).toBe(false);
  });
});
