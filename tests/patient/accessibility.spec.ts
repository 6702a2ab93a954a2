import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";

const pages = [
  { label: "the patient home page", path: "/" },
  { label: "the upper back pain article", path: "/health-library/upper-back-pain" },
  { label: "the patient sign-in page", path: "/sign-in" },
];

for (const { label, path } of pages) {
  test(`${label} has no serious accessibility violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), `${path} should load`).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, label);
  });
}
