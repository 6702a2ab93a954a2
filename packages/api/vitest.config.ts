import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Session lifetimes (own sessions, password changes) come from the validated auth settings, which need a secret.
    env: { AUTH_SECRET: "test-secret-for-vitest-only-0123456789abcdef" },
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["src/**/*.int.test.ts"] } },
      {
        extends: true,
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts"],
          globalSetup: ["@clinic/db/testing/global-setup"],
          testTimeout: 30000,
          hookTimeout: 60000,
        },
      },
    ],
  },
});
