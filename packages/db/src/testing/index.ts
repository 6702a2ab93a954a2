import { inject } from "vitest";
import { createDb, type Database } from "../client";
import "./provided-context";
import { databaseUrl, dropDatabase, uniqueDatabaseName, withAdminClient } from "./test-server";

export { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName, type TestServer } from "./test-server";

export type TestDatabase = { db: Database; url: string; drop(): Promise<void> };

/**
 * A fresh, migrated, empty database for one test file, cloned from the run's template so files
 * can run in parallel without seeing each other's rows. Call `drop()` in afterAll.
 * Needs the globalSetup `@clinic/db/testing/global-setup` in the vitest project.
 */
export async function createTestDatabase(options: { max?: number } = {}): Promise<TestDatabase> {
  const adminUrl = inject("clinicTestAdminUrl");
  const template = inject("clinicTestTemplate");
  if (!adminUrl || !template) {
    throw new Error('No test server: add globalSetup: ["@clinic/db/testing/global-setup"] to this vitest project.');
  }
  const name = uniqueDatabaseName(template);
  await cloneTemplate(adminUrl, template, name);

  const url = databaseUrl(adminUrl, name);
  const db = createDb(url, { max: options.max ?? 5 });
  let dropped = false;
  return {
    db,
    url,
    async drop() {
      if (dropped) return;
      dropped = true;
      await db.$client.end();
      await dropDatabase(adminUrl, name);
    },
  };
}

/**
 * CREATE DATABASE … TEMPLATE fails while anyone is connected to the template (e.g. another
 * file's clone, or autovacuum finishing), so it is retried for a few seconds.
 */
async function cloneTemplate(adminUrl: string, template: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withAdminClient(adminUrl, (client) =>
        client.query(`create database ${client.escapeIdentifier(name)} template ${client.escapeIdentifier(template)}`),
      );
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === "55006"; // object_in_use: "being accessed by other users"
      if (!busy || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 100));
    }
  }
}
