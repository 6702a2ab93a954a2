import superjson from "superjson";

/** Whether JSON carries `value` as it is: strings, finite numbers, booleans, null, arrays and plain objects of them. */
export function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== "object") return false; // undefined, bigint, symbol, function
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) if (!(index in value) || !isPlainJson(value[index])) return false;
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false; // Date, Map, Set, class instances
  for (const key in value) if (!isPlainJson((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * superjson (Dates, Maps, undefined … survive the trip), with a fast path for answers that are
 * plain JSON already: `{ json }` without superjson's walk, which builds a path for every value and
 * cost a first-available search (hundreds of slots) more than the search itself. The output is
 * exactly what superjson.serialize gives for such values, so clients deserialize it with superjson.
 */
export const transformer = {
  serialize(value: unknown): ReturnType<typeof superjson.serialize> {
    return isPlainJson(value) ? { json: value as ReturnType<typeof superjson.serialize>["json"] } : superjson.serialize(value);
  },
  deserialize<T>(payload: Parameters<typeof superjson.deserialize>[0]): T {
    return superjson.deserialize<T>(payload);
  },
};
