import { defineConfig } from "vitest/config";

export default defineConfig({
  // The components run in a browser; happy-dom is enough for roles, ids and aria attributes.
  test: { environment: "happy-dom", include: ["src/**/*.test.{ts,tsx}"] },
});
