import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

// Every public page the suite visits; each is checked at the desktop viewport and at 390×844 (fixtures/axe.ts).
const publicPages = [
  { label: "the patient home page", path: "/" },
  { label: "the services page", path: "/services" },
  { label: "the providers page", path: "/providers" },
  { label: "the locations page", path: "/locations" },
  { label: "the health library", path: "/health-library" },
  { label: "the upper back pain article", path: "/health-library/upper-back-pain" },
  { label: "the patient sign-in page", path: "/sign-in" },
  { label: "the patient sign-up page", path: "/sign-up" },
];

for (const { label, path } of publicPages) {
  test(`${label} has no serious accessibility violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), `${path} should load`).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, label);
  });
}

test("the not-found page has no serious accessibility violations", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the not-found page");
});

test("a signed-in patient's pages have no serious accessibility violations", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("patient"));
  await expect(page).toHaveURL(/\/appointments$/);

  await expect(page.getByRole("heading", { level: 2, name: "Upcoming" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/appointments");

  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/profile");

  await page.goto("/appointments");
  await page.getByRole("link", { name: "Reschedule" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Reschedule your appointment" })).toBeVisible();
  await expect(page.getByRole("grid")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the reschedule page");

  await page.getByRole("grid").getByRole("button", { name: /\d+ open — / }).first().click();
  await page.getByRole("list", { name: /^Available times on / }).getByRole("button").first().click();
  const moveDialog = page.getByRole("dialog", { name: "Move your appointment?" });
  await expect(moveDialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the reschedule confirmation dialog");
  await moveDialog.getByRole("button", { name: "Keep the current time" }).click();

  await page.goto("/appointments");
  await page.getByRole("button", { name: "Cancel appointment" }).first().click();
  const cancelDialog = page.getByRole("dialog", { name: "Cancel this appointment?" });
  await expect(cancelDialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the cancel dialog");
  await cancelDialog.getByRole("button", { name: "Keep appointment" }).click();
  await expect(cancelDialog).toBeHidden();
});

test("a mistyped appointment link says the appointment was not found, under its own title", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("patient"));
  await expect(page).toHaveURL(/\/appointments$/);
  for (const path of ["/appointments/00000000-0000-4000-8000-000000000000/reschedule", "/book/confirmed/not-an-id"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that appointment" })).toBeVisible();
    await expect(page).toHaveTitle(/^Appointment not found/);
    await expect(page.getByRole("heading", { name: /Reschedule/ })).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(page, "the appointment not-found page");
});
