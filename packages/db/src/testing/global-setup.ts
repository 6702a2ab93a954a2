import { type TestProject } from "vitest/node";
import "./provided-context";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName, withAdminClient } from "./test-server";

/**
 * vitest globalSetup for integration tests: one test server per run (embedded unless
 * TEST_DATABASE_URL is set) and one migrated template database that test files clone.
 * Teardown drops every database this run created and stops the embedded server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer();
  const template = uniqueDatabaseName("clinic_test");
  try {
    await createMigratedDatabase(server.adminUrl, template);
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide("clinicTestAdminUrl", server.adminUrl);
  project.provide("clinicTestTemplate", template);

  return async () => {
    try {
      // Test databases are named after the template, so ones a test forgot to drop are found too.
      const { rows } = await withAdminClient(server.adminUrl, (client) =>
        client.query<{ datname: string }>("select datname from pg_database where datname like $1", [`${template}%`]),
      );
      for (const { datname } of rows) await dropDatabase(server.adminUrl, datname);
    } finally {
      await server.stop();
    }
  };
}
