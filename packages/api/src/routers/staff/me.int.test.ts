import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createStaff } from "../../testing/fixtures";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe("me (staff)", () => {
  it("tells the member of staff who they are and which role they hold", async () => {
    const editor = await createStaff(testDb.db, "content_editor", { name: "Grace Liu" });
    expect(await callerFor(testDb.db, editor).staff.me()).toEqual({
      id: editor.id,
      name: "Grace Liu",
      email: editor.email,
      role: "content_editor",
    });
  });
});
