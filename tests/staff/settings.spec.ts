import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

const SERVICE = "Therapeutic massage (90 minutes)";

async function openSettingsAsAdmin(page: Page) {
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`settings pages have no serious accessibility violations at ${viewport.width}px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openSettingsAsAdmin(page);
    await expectNoSeriousA11yViolations(page, "/settings");

    for (const [section, name] of [["Services", SERVICE], ["Providers", /^Dr\. /], ["Locations", "Downtown Austin"]] as const) {
      await page.getByRole("region", { name: section }).getByRole("link", { name }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: /^Edit / })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `the ${section.toLowerCase()} editor`);
      await page.getByRole("link", { name: "Back to settings" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    }
  });
}

test("an administrator edits a service with the keyboard alone; a refusal names the field and takes focus", async ({ page }) => {
  await openSettingsAsAdmin(page);
  await page.getByRole("region", { name: "Services" }).getByRole("link", { name: SERVICE }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${SERVICE}` })).toBeVisible();

  const length = page.getByLabel("Visit length (minutes)");
  await length.focus();
  await length.fill("500");
  await page.getByRole("button", { name: "Save changes" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("The visit length is at most 480 minutes.")).toBeVisible();
  await expect(length).toBeFocused();

  await length.fill("90");
  await page.getByLabel("Time held after (minutes)").focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("10");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Saved.");
  await page.reload();
  await expect(page.getByLabel("Time held after (minutes)")).toHaveValue("10");
});

test("the front desk reads settings but cannot open an editor", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("front_desk"));
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Services" }).getByRole("rowheader", { name: SERVICE })).toBeVisible();
  await expect(page.getByRole("region", { name: "Services" }).getByRole("link")).toHaveCount(0);
  await expect(page.getByText("Only an administrator can change them.")).toBeVisible();
});

test("the dashboard shows the utilisation chart, its data table, today's counts and the no-show rate", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Utilisation per provider, next 14 days" })).toBeVisible();
  await expect(page.getByTestId("utilisation-chart").locator("svg .recharts-bar-rectangle").first()).toBeVisible();
  const table = page.getByRole("table", { name: /^Utilisation per provider/ });
  await expect(table.getByRole("rowheader").first()).toBeVisible();
  await expect(table.getByRole("cell", { name: /^\d+%$/ }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "No-show rate, last 30 days" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Today at Downtown Austin" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the dashboard with its chart");
});
