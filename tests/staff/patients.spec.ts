import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { searchPatients } from "../fixtures/patient-search";
import { submitSignIn } from "../fixtures/sign-in";

test.describe("patient search and records", () => {
  test.beforeEach(async ({ page }) => {
    await submitSignIn(page, "/sign-in", demoAccount("admin"));
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });

  test("a one-letter search explains the minimum instead of searching", async ({ page }) => {
    await searchPatients(page, "a");
    await expect(page.getByText("Type at least 2 characters to search.")).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search patients" })).toHaveAttribute("aria-invalid", "true");
  });

  test("a search without matches says so", async ({ page }) => {
    await searchPatients(page, "zzzz-nobody-by-this-name");
    await expect(page.getByText("No patients found")).toBeVisible();
  });

  test("the demo patient is found by phone digits and their record shows contact details", async ({ page }) => {
    await searchPatients(page, "5125550142");
    await expect(page).toHaveURL(/\/patients$/);
    await page.getByRole("link", { name: "Alex Rivera" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Alex Rivera" })).toBeVisible();
    await expect(page.getByText("patient@example.com")).toBeVisible();
    await expect(page.getByText("June 12, 1984")).toBeVisible();
  });

  test("paging past the last page offers the way back", async ({ page }) => {
    await searchPatients(page, "example.com");
    await expect(page.getByRole("heading", { name: /patients? found/ })).toBeVisible();
    await page.goto("/patients?page=99");
    await expect(page.getByText("There is no page 99 for this search.")).toBeVisible();
    await page.getByRole("link", { name: "Previous page" }).click();
    await expect(page).toHaveURL(/\/patients$/);
    await expect(page.getByRole("heading", { name: /patients? found/ })).toBeVisible();
    await expect(page.getByText(/page 1 of 1/)).toBeVisible();
  });

  test("an unknown patient id shows a not-found page", async ({ page }) => {
    await page.goto("/patients/00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { level: 1, name: "Patient not found" })).toBeVisible();
  });
});
