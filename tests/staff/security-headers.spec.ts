import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { visitSecured, watchCspViolations } from "../fixtures/security-headers";
import { searchPatients } from "../fixtures/patient-search";
import { submitSignIn } from "../fixtures/sign-in";

test("every page sends the security headers, cannot be framed, and runs without a CSP violation", async ({ page }) => {
  const violations = await watchCspViolations(page);
  await visitSecured(page, "/sign-in");

  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page).not.toHaveURL(/\/sign-in/);
  for (const path of ["/", "/patients", "/outbox", "/no-such-page"]) await visitSecured(page, path);

  await searchPatients(page, "Rivera");
  const patient = page.locator('main a[href^="/patients/"]').first();
  await expect(patient).toBeVisible();
  await visitSecured(page, (await patient.getAttribute("href")) ?? "/patients");

  expect(await violations()).toEqual([]);
});

test("a signed-out visitor is still sent to sign-in, with the headers on the redirect", async ({ page }) => {
  const response = await page.request.get("/patients", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/sign-in");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
});
