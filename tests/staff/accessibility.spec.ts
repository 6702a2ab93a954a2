import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

test("the staff dashboard has no serious accessibility violations", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the staff dashboard");
});
