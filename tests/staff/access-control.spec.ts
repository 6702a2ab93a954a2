import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { submitSignIn } from "../fixtures/sign-in";

test.describe("who may open staff pages", () => {
  test("an anonymous visitor is sent to sign in", async ({ page }) => {
    await page.goto("/patients");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("button", { name: /sign in/i })).toBeVisible();
  });

  test("a patient cannot sign in to staff admin", async ({ page }) => {
    await submitSignIn(page, "/sign-in", demoAccount("patient"));
    // Said once, in the form's alert (the page's own intro does not repeat it).
    await expect(page.getByRole("alert").filter({ hasText: "patient account" })).toHaveText("That is a patient account: it signs in on the patient site, not here.");
    await expect(page.getByText(/patient account/)).toHaveCount(1);
    await expect(page).toHaveURL(/\/sign-in/);

    // Nor does the refused sign-in leave a session behind.
    await page.goto("/patients");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the content editor sees no patient data", async ({ page }) => {
    await submitSignIn(page, "/sign-in", demoAccount("content_editor"));
    await expect(page.getByRole("heading", { level: 1, name: /welcome/i })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Staff areas" });
    await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Patients" })).toHaveCount(0);

    await page.goto("/patients");
    await expect(page.getByText("You do not have access to patient records")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });
});
