import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["src/**/*.int.test.ts"] } },
      {
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
