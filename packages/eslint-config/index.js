// Shared ESLint flat config. The import direction of the monorepo is a lint rule, not a convention:
// apps -> api -> jobs -> domain/db; auth -> db/domain; the worker -> jobs only; ui never imports db, api or auth;
// domain imports nothing of ours.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

/** Packages each workspace package may NOT import (by package name prefix). */
const forbidden = {
  domain: ["@clinic/db", "@clinic/api", "@clinic/auth", "@clinic/ui", "next", "react", "drizzle-orm", "pg", "@trpc/*", "next-auth"],
  db: ["@clinic/api", "@clinic/auth", "@clinic/ui", "next", "react", "@trpc/*", "next-auth"],
  auth: ["@clinic/api", "@clinic/ui"],
  api: ["@clinic/ui", "next", "react", "next-auth"],
  // Jobs run in the worker, a plain Node process: no web stack (auth brings next and next-auth with it).
  jobs: ["@clinic/api", "@clinic/auth", "@clinic/ui", "next", "react", "@trpc/*", "next-auth"],
  ui: ["@clinic/db", "@clinic/api", "@clinic/auth", "drizzle-orm", "pg", "next-auth"],
  // Apps talk to the database only through @clinic/api (and @clinic/auth for sessions).
  app: ["@clinic/db", "@clinic/db/*", "drizzle-orm", "drizzle-orm/*", "pg"],
  // The worker runs jobs through @clinic/jobs only: no tRPC, no web stack, no SQL of its own.
  worker: ["@clinic/api", "@clinic/auth", "@clinic/ui", "@trpc/*", "next", "react", "next-auth", "@clinic/db", "@clinic/db/*", "drizzle-orm", "drizzle-orm/*", "pg"],
  tests: ["@clinic/api", "@clinic/ui"],
};

function restrict(layer) {
  const names = forbidden[layer];
  return {
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: names.map((name) => ({
            group: name.endsWith("/*") ? [name] : [name, `${name}/*`],
            message: `The ${layer} layer must not import ${name} (see STYLE.md: apps -> api -> jobs -> domain/db).`,
          })),
        },
      ],
    },
  };
}

/**
 * @param {{ layer: keyof typeof forbidden, ignores?: string[], extra?: import("eslint").Linter.Config[] }} options
 */
export function config({ layer, ignores = [], extra = [] }) {
  return tseslint.config(
    { ignores: ["node_modules/**", ".next/**", "dist/**", ".turbo/**", "next-env.d.ts", "migrations/**", ...ignores] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      languageOptions: { globals: { ...globals.node, ...globals.browser } },
      rules: {
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        // Patient data must never reach logs; use the structured logger's redaction instead.
        "no-console": ["error", { allow: ["warn", "error", "info"] }],
      },
    },
    restrict(layer),
    ...extra,
  );
}
