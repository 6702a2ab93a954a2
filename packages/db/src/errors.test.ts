import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { isExclusionViolation, isUniqueViolation, sqlStateOf } from "./errors";

const pgError = (code: string, constraint?: string) => Object.assign(new Error("db said no"), { code, constraint });

describe("database error predicates", () => {
  it("recognise driver errors by SQLSTATE", () => {
    expect(isExclusionViolation(pgError("23P01", "appointments_no_provider_overlap"))).toBe(true);
    expect(isUniqueViolation(pgError("23505", "users_email_lower_unique"))).toBe(true);
    expect(isExclusionViolation(pgError("23505"))).toBe(false);
    expect(isUniqueViolation(pgError("23P01"))).toBe(false);
  });

  it("see through drizzle's wrapped query errors", () => {
    const wrapped = new DrizzleQueryError("insert into appointments …", [], pgError("23P01", "appointments_no_provider_overlap"));
    expect(isExclusionViolation(wrapped)).toBe(true);
    expect(isExclusionViolation(wrapped, "appointments_no_provider_overlap")).toBe(true);
    expect(isExclusionViolation(wrapped, "another_constraint")).toBe(false);
  });

  it("match a unique violation only for the named constraint when one is given", () => {
    const error = new Error("wrapped", { cause: pgError("23505", "users_email_lower_unique") });
    expect(isUniqueViolation(error, "users_email_lower_unique")).toBe(true);
    expect(isUniqueViolation(error, "locations_slug_unique")).toBe(false);
  });

  it("say no to anything that is not a database error", () => {
    for (const value of [undefined, null, "23P01", 42, new Error("plain"), { cause: { cause: null } }]) {
      expect(isExclusionViolation(value)).toBe(false);
      expect(isUniqueViolation(value)).toBe(false);
    }
  });
});

describe("sqlStateOf", () => {
  it("reads the SQLSTATE of a driver error, also wrapped by drizzle, and nothing else", () => {
    expect(sqlStateOf(pgError("23505"))).toBe("23505");
    expect(sqlStateOf(new DrizzleQueryError("select 1", [], pgError("40001")))).toBe("40001");
    expect(sqlStateOf(new Error("plain"))).toBeUndefined();
    expect(sqlStateOf("23505")).toBeUndefined();
  });
});
