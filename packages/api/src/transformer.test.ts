import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { isPlainJson, transformer } from "./transformer";

describe("transformer", () => {
  it.each([
    ["a search-shaped answer", { timeZone: "America/Chicago", days: [{ date: "2027-03-14", slots: [{ start: "2027-03-14T09:00:00-05:00", providers: [0, 2] }] }], empty: [], none: null, ok: true }],
    ["Dates", { startsAt: new Date("2027-03-14T14:00:00Z"), list: [new Date(0)] }],
    ["undefined fields and array items", { a: undefined, b: [1, undefined, 3] }],
    ["numbers JSON cannot carry", { nan: Number.NaN, inf: Number.POSITIVE_INFINITY, negativeZero: -0 }],
    ["Maps, Sets and bigints", { map: new Map([["a", 1]]), set: new Set([1]), big: BigInt(1) }],
    ["a bare string", "hello"],
  ])("writes %s exactly as superjson does", (_label, value) => {
    const written = transformer.serialize(value);
    expect(written).toEqual(superjson.serialize(value));
    expect(transformer.deserialize(JSON.parse(JSON.stringify(written)))).toEqual(value);
  });

  it("takes the fast path only for plain JSON", () => {
    expect(isPlainJson({ a: [1, "x", null, { b: false }] })).toBe(true);
    expect(isPlainJson({ a: new Date() })).toBe(false);
    expect(isPlainJson({ a: undefined })).toBe(false);
    // A hole (as in new Array(3)) reads as undefined.
    expect(isPlainJson(new Array(3))).toBe(false);
    expect(isPlainJson(Object.create(null))).toBe(true);
    expect(isPlainJson(new (class Point {})())).toBe(false);
  });
});
