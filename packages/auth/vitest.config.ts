import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // next-auth imports "next/server" without an extension, which Node's ESM loader rejects;
    // letting Vite transform it resolves the import as Next.js' bundler would.
    server: { deps: { inline: ["next-auth"] } },
    // A throwaway secret for the validated auth env; real secrets never live in tests.
    env: { AUTH_SECRET: "test-secret-for-vitest-only-0123456789abcdef" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts"],
          globalSetup: ["@clinic/db/testing/global-setup"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
