import { expect, test } from "@playwright/test";
import { patientSite } from "../fixtures/apps";
import { newPatientIdentity, signUpPatient } from "../fixtures/new-patient";

test("a new patient signs up, reads about upper back pain, sees no appointments and updates their phone", async ({ page }) => {
  const patient = newPatientIdentity();

  await test.step("sign up, confirm the email from the outbox and sign in", async () => {
    await signUpPatient(page, patient);
  });

  await test.step("read the upper back pain article in the health library", async () => {
    await page.goto(patientSite("/health-library"));
    await page.getByRole("link", { name: "Upper back pain", exact: true }).first().click();
    await expect(page).toHaveURL(/\/health-library\/upper-back-pain$/);
    await expect(page.getByRole("heading", { level: 1, name: "Upper back pain" })).toBeVisible();
    await expect(page.getByText(/medically reviewed by/i).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Maya Okafor/ }).first()).toBeVisible();
    await expect(page.getByText(/not medical advice/i).first()).toBeVisible();
  });

  await test.step("see that there are no appointments yet", async () => {
    await page.goto(patientSite("/appointments"));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/no (upcoming )?appointments/i).first()).toBeVisible();
  });

  const phone = page.getByLabel(/phone/i);
  const save = page.getByRole("button", { name: /save/i });

  await test.step("an invalid phone number is refused with a message at the field", async () => {
    await page.goto(patientSite("/profile"));
    await phone.fill("call me maybe");
    await save.click();
    await expect(page.getByText("Use digits, spaces and + ( ) - . only, like (512) 555-0142.")).toBeVisible();
    await expect(phone).toHaveAttribute("aria-invalid", "true");
  });

  await test.step("a valid phone number is saved and still there after a reload", async () => {
    await phone.fill("(915) 555-0187");
    await save.click();
    await expect(page.getByText(/details were saved/i)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(/phone/i)).toHaveValue("(915) 555-0187");
  });
});
