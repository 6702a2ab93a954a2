import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { config } from "./index.js";

/** Lints one line of code as if it sat in a package of `layer`; returns the rule ids that fired. */
async function ruleIdsFor(layer, code) {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config({ layer }) });
  const [result] = await eslint.lintText(code, { filePath: "src/example.ts" });
  return result.messages.map((message) => message.ruleId);
}

describe("import direction", () => {
  it.each([
    ["domain", 'import { createDb } from "@clinic/db/client";'],
    ["domain", 'import { z } from "zod"; import { NextResponse } from "next/server"; export const x = [z, NextResponse];'],
    ["ui", 'import { getDb } from "@clinic/db/client";'],
    ["ui", 'import { patientRouter } from "@clinic/api/patient-router";'],
    ["db", 'import { hashPassword } from "@clinic/auth/password";'],
    ["api", 'import { Button } from "@clinic/ui/button";'],
    ["app", 'import { users } from "@clinic/db/schema";'],
    ["app", 'import { eq } from "drizzle-orm";'],
    ["jobs", 'import { staffRouter } from "@clinic/api/staff-router";'],
    ["jobs", 'import { accountKey } from "@clinic/auth/throttle";'],
    ["jobs", 'import { TRPCError } from "@trpc/server";'],
    ["jobs", 'import { headers } from "next/headers";'],
    ["worker", 'import { patientRouter } from "@clinic/api/patient-router";'],
    ["worker", 'import { initTRPC } from "@trpc/server";'],
    ["worker", 'import { createDb } from "@clinic/db/client";'],
  ])("refuses in the %s layer: %s", async (layer, code) => {
    expect(await ruleIdsFor(layer, `${code}\nexport {};`)).toContain("no-restricted-imports");
  });

  it.each([
    ["api", 'import { getDb } from "@clinic/db/client";'],
    ["api", 'import { signUpInput } from "@clinic/domain/people/sign-up";'],
    ["app", 'import { patientRouter } from "@clinic/api/patient-router";'],
    ["ui", 'import { signInInput } from "@clinic/domain/people/sign-up";'],
    ["db", 'import { ROLES } from "@clinic/domain/people/roles";'],
    ["api", 'import { queueEmail } from "@clinic/jobs/enqueue";'],
    ["jobs", 'import { emailOutbox } from "@clinic/db/schema";'],
    ["jobs", 'import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";'],
    ["worker", 'import { startJobWorker } from "@clinic/jobs/worker";'],
  ])("allows in the %s layer: %s", async (layer, code) => {
    expect(await ruleIdsFor(layer, `${code}\nexport {};`)).not.toContain("no-restricted-imports");
  });
});
