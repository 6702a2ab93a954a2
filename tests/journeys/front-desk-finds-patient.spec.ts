import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { staffAdmin } from "../fixtures/apps";
import { newPatientIdentity, signUpPatient } from "../fixtures/new-patient";
import { submitSignIn } from "../fixtures/sign-in";

test("the front desk finds a patient who just signed up, by email, and opens their record", async ({ page }) => {
  // Self-contained: the patient is created here rather than relying on another spec having run first.
  const patient = newPatientIdentity();
  await signUpPatient(page, patient);

  await submitSignIn(page, staffAdmin("/sign-in"), demoAccount("front_desk"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Tom Becker");

  await page.getByRole("navigation", { name: "Staff areas" }).getByRole("link", { name: "Patients" }).click();
  await page.getByRole("searchbox", { name: "Search patients" }).fill(patient.email);
  await page.getByRole("button", { name: "Search" }).click();

  // The search is posted: the patient's email must not appear in the URL.
  await expect(page).toHaveURL(/\/patients$/);
  await expect(page.getByRole("heading", { name: "1 patient found" })).toBeVisible();
  await page.getByRole("link", { name: patient.name }).click();

  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: patient.name })).toBeVisible();
  await expect(page.getByRole("link", { name: patient.email })).toBeVisible();
  await expect(page.getByText("No appointments yet")).toBeVisible();
});
