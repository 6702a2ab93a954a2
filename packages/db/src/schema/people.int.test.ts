import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "../errors";
import { createTestDatabase, type TestDatabase } from "../testing";
import { users } from "./index";

describe("users", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it("refuses a second account whose email differs only in case", async () => {
    await test.db.insert(users).values({ email: "Sam.Lee@Example.com", name: "Sam", role: "patient", passwordHash: "x" });
    const error = await test.db
      .insert(users)
      .values({ email: "sam.lee@example.COM", name: "Sam again", role: "patient", passwordHash: "x" })
      .then(() => undefined, (caught: unknown) => caught);
    expect(isUniqueViolation(error, "users_email_lower_unique")).toBe(true);
  });

  it("keeps the email as typed", async () => {
    const [row] = await test.db.insert(users).values({ email: "Kim@Example.com", name: "Kim", role: "patient", passwordHash: "x" }).returning();
    expect(row?.email).toBe("Kim@Example.com");
  });
});
