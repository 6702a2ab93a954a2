import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";

/** An open day's name starts with what the cell shows, then the date: "15, 6 open — Tuesday, December 15". */
const OPEN_DAY = /^(?:\w{3} )?\d{1,2}, \d+ open — \w+day, \w+ \d{1,2}$/;

test("each step of /book has no serious accessibility violations", async ({ page }) => {
  // Five steps, each checked at two viewports.
  test.setTimeout(120_000);
  await page.goto("/book");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a service" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/book (choose a service)");

  await page.goto("/book?service=physical-therapy-session");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a location" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/book (choose a location)");

  await page.goto("/book?service=physical-therapy-session&location=downtown");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a provider" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/book (choose a provider)");

  await page.goto("/book?service=physical-therapy-session&location=downtown&provider=any");
  const openDay = page.getByRole("grid").getByRole("button", { name: OPEN_DAY }).first();
  await openDay.click();
  await expect(page.getByRole("list", { name: /^Available times on / })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/book (calendar and times)");

  await page.getByRole("list", { name: /^Available times on / }).getByRole("button").first().click();
  await expect(page.getByRole("link", { name: "Sign in to confirm" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/book (review, signed out)");
});

test("cards and calendar days are named starting with what they show (WCAG 2.5.3)", async ({ page }) => {
  await page.goto("/book");
  const card = page.getByRole("button", { name: /^Physical therapy session\b/ });
  const shown = (await card.innerText()).replace(/\s+/g, " ").trim();
  expect(shown).toContain("45 minutes");
  await expect(card).toHaveAccessibleName(shown);
  // The service's first sentence, and a pointer for patients new to the clinic.
  await expect(card).toContainText("A follow-up session in an ongoing physical therapy plan.");
  await expect(page.getByRole("button", { name: /^Physical therapy evaluation New patients start here/ })).toBeVisible();

  await page.goto("/book?service=physical-therapy-session&location=downtown&provider=any");
  const day = page.getByRole("grid").getByRole("button", { name: OPEN_DAY }).first();
  const visible = (await day.innerText()).replace(/\s+/g, " ").trim();
  const name = (await day.getAttribute("aria-label")) ?? "";
  expect(name.replace(",", "")).toMatch(new RegExp(`^${visible}`));
});

test("the calendar is a keyboard grid: arrows move between days, disabled days say so", async ({ page }) => {
  await page.goto("/book?service=physical-therapy-session&location=downtown&provider=any");
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("button", { name: OPEN_DAY }).first()).toBeVisible();
  // One Tab stop in the grid.
  await expect(grid.locator("button[tabindex='0']")).toHaveCount(1);
  await grid.locator("button[tabindex='0']").focus();
  const focusedDay = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  await page.keyboard.press("End");
  expect(await focusedDay()).toMatch(/ — Sunday, /);
  await page.keyboard.press("Home");
  expect(await focusedDay()).toMatch(/ — Monday, /);
  await page.keyboard.press("ArrowRight");
  expect(await focusedDay()).toMatch(/ — Tuesday, /);
  await expect(grid.getByRole("button", { name: /, no openings — / }).first()).toHaveAttribute("aria-disabled", "true");
});

test("first available offers the earliest openings before the calendar, one choice away from review", async ({ page }) => {
  await page.goto("/book?service=physical-therapy-session&location=downtown&provider=any");
  const earliest = page.getByRole("region", { name: "Earliest openings" });
  const choices = earliest.getByRole("button");
  await expect(choices).toHaveCount(3);
  const grid = page.getByRole("grid");
  await expect(grid).toBeVisible();
  expect((await earliest.boundingBox())!.y).toBeLessThan((await grid.boundingBox())!.y);
  await expectNoSeriousA11yViolations(page, "/book (earliest openings and calendar)");

  const first = (await choices.first().innerText()).split("\n")[0] ?? "";
  const [day = "", time = ""] = first.split(" at ");
  await choices.first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Review and confirm" })).toBeFocused();
  await expect(page.getByRole("main")).toContainText(`${day}, `);
  await expect(page.getByRole("main")).toContainText(`at ${time.trim()}`);
});
