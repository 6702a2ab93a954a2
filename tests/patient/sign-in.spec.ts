import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { submitSignIn } from "../fixtures/sign-in";

test("a wrong password is refused without saying whether the email exists", async ({ page }) => {
  await submitSignIn(page, "/sign-in", { email: demoAccount("patient").email, password: "not-the-password-2026" });
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("ten wrong passwords for one account do not lock out another account at the same address", async ({ page }) => {
  const guessed = { email: `forgetful-${Date.now().toString(36)}@example.com`, password: "not-the-password-2026" };
  for (let attempt = 0; attempt < 10; attempt++) {
    await submitSignIn(page, "/sign-in", guessed);
    await expect(page.getByText(/Email or password is incorrect\.|Too many sign-in attempts/)).toBeVisible();
  }
  // That account is locked by now, but only that account.
  await expect(page.getByText(/Too many sign-in attempts/)).toBeVisible();
  await submitSignIn(page, "/sign-in", demoAccount("patient"));
  await expect(page.getByRole("button", { name: /sign out/i })).toBeVisible();
});
