import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { visitSecured, watchCspViolations } from "../fixtures/security-headers";
import { submitSignIn } from "../fixtures/sign-in";

const PUBLIC_PAGES = ["/", "/services", "/providers", "/locations", "/health-library", "/book", "/sign-in", "/sign-up", "/no-such-page"];
const PATIENT_PAGES = ["/appointments", "/profile"];

test("every page sends the security headers and its scripts run under the CSP without a violation", async ({ page }) => {
  const violations = await watchCspViolations(page);
  for (const path of PUBLIC_PAGES) await visitSecured(page, path);

  await page.goto("/health-library");
  const article = page.locator('main a[href^="/health-library/"]').first();
  await visitSecured(page, (await article.getAttribute("href")) ?? "/health-library");

  await submitSignIn(page, "/sign-in", demoAccount("patient"));
  await expect(page).not.toHaveURL(/\/sign-in/);
  for (const path of PATIENT_PAGES) await visitSecured(page, path);
  // A client-side step of the booking flow: React ran, so its scripts were allowed.
  await page.goto("/book");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  expect(await violations()).toEqual([]);
});
