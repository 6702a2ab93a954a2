import { describe, expect, it } from "vitest";
import { createAttemptKeys, newIdempotencyKey } from "./idempotency-key";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newIdempotencyKey", () => {
  it("is a v4 UUID from randomUUID where the browser has it", () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });

  it("builds a v4 UUID from random bytes outside secure contexts", () => {
    const key = newIdempotencyKey({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
      new Uint8Array((array as unknown as Uint8Array).buffer).fill(0xff);
      return array;
    } } as Pick<Crypto, "getRandomValues">);
    expect(key).toMatch(UUID_V4);
    expect(key).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
  });
});

describe("createAttemptKeys", () => {
  it("reuses the key while the choices stay the same, and makes a new one when they change", () => {
    let counter = 0;
    const keys = createAttemptKeys(() => `key-${++counter}`);
    expect(keys.keyFor("a")).toBe("key-1");
    expect(keys.keyFor("a")).toBe("key-1");
    expect(keys.keyFor("b")).toBe("key-2");
    expect(keys.keyFor("a")).toBe("key-3");
  });

  it("starts a new attempt after a reset, even with the same choices", () => {
    let counter = 0;
    const keys = createAttemptKeys(() => `key-${++counter}`);
    keys.keyFor("a");
    keys.reset();
    expect(keys.keyFor("a")).toBe("key-2");
  });
});
