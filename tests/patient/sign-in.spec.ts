import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { submitSignIn } from "../fixtures/sign-in";

test("a wrong password is refused without saying whether the email exists", async ({ page }) => {
  await submitSignIn(page, "/sign-in", { email: demoAccount("patient").email, password: "not-the-password-2026" });
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
