import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createDb, type Database } from "@clinic/db/client";
import { appointments, locations, patients, providerLocations, providers, providerWeeklyHours, services, users } from "@clinic/db/schema";
import { randomUUID } from "node:crypto";
import { demoAccount } from "../fixtures/accounts";
import { submitSignIn } from "../fixtures/sign-in";

/** A New York location with one provider and visits across the 2027 spring-forward week, written straight to the database. */
type DstWeek = { locationId: string; providerId: string };

let db: Database;
let week: DstWeek;

function one<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error("nothing inserted");
  return row;
}

test.beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL ?? "", { max: 2 });
  const suffix = randomUUID().slice(0, 8);
  const location = one(
    await db
      .insert(locations)
      .values({
        slug: `calendar-manhattan-${suffix}`,
        name: "Calendar Test Manhattan",
        addressLine1: "1 Penn Plaza",
        city: "New York",
        region: "NY",
        postalCode: "10119",
        phone: "(212) 555-0100",
        timeZone: "America/New_York",
      })
      .returning(),
  );
  // No services linked: the patient site never offers this provider.
  const provider = one(
    await db
      .insert(providers)
      .values({ slug: `calendar-dst-${suffix}`, name: "Dr. Dana Daylight", title: "MD", bio: "A test provider.", disciplines: ["interventional_pain"] })
      .returning(),
  );
  await db.insert(providerLocations).values({ providerId: provider.id, locationId: location.id });
  for (let weekday = 1; weekday <= 7; weekday++) {
    await db.insert(providerWeeklyHours).values({ providerId: provider.id, locationId: location.id, weekday, startTime: "09:00", endTime: "17:00" });
  }
  const service = one(await db.select({ id: services.id }).from(services).limit(1));
  const user = one(
    await db
      .insert(users)
      .values({ role: "patient", name: "Spring Forward", email: `spring-${suffix}@example.test`, passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$fixture$fixture" })
      .returning(),
  );
  const patient = one(await db.insert(patients).values({ userId: user.id }).returning());
  const visit = (startsAt: string) => ({
    patientId: patient.id,
    providerId: provider.id,
    serviceId: service.id,
    locationId: location.id,
    startsAt: new Date(startsAt),
    endsAt: new Date(Date.parse(startsAt) + 30 * 60_000),
    status: "booked" as const,
  });
  await db.insert(appointments).values([
    visit("2027-03-08T14:00:00Z"), // Monday 09:00 EST
    visit("2027-03-13T14:00:00Z"), // Saturday 09:00 EST
    visit("2027-03-14T06:30:00Z"), // Sunday 01:30 EST, just before the clocks skip 2 AM
    visit("2027-03-14T13:00:00Z"), // Sunday 09:00 EDT
  ]);
  week = { locationId: location.id, providerId: provider.id };
});

test.afterAll(async () => {
  await db.$client.end();
});

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
    label,
  ).toEqual([]);
}

test("a DST week in New York draws its visits at the right local times", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("front_desk"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto(`/calendar?view=week&location=${week.locationId}&provider=${week.providerId}&date=2027-03-10`);
  await expect(page.getByRole("heading", { level: 2, name: "Week of March 8, 2027 at Calendar Test Manhattan" })).toBeVisible();
  await expect(page.getByText("Times in Eastern Time (America/New_York).")).toBeVisible();

  const saturday = page.getByRole("link", { name: /9:00 AM–9:30 AM Spring Forward/ }).nth(1);
  const sunday = page.getByRole("link", { name: /9:00 AM–9:30 AM Spring Forward/ }).nth(2);
  await expect(page.getByRole("link", { name: /9:00 AM–9:30 AM Spring Forward/ })).toHaveCount(3);
  await expect(page.getByRole("link", { name: /1:30 AM–3:00 AM Spring Forward/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Sunday, March 14 \(23 h\)/ })).toBeVisible();
  // 09:00 on the 23-hour Sunday is one elapsed hour less after midnight than on Saturday: drawn an hour higher (1.5 px a minute).
  const top = async (link: typeof saturday) => Number.parseFloat((await link.getAttribute("style"))?.match(/top:\s*([\d.]+)px/)?.[1] ?? "NaN");
  expect((await top(saturday)) - (await top(sunday))).toBe(90);
  await expect(sunday).toHaveAttribute("href", /^\/visits\/[0-9a-f-]{36}$/);

  // The day view labels the short day's hours: 1 AM, then 3 AM.
  await page.getByRole("link", { name: /Sunday, March 14/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Sunday, March 14, 2027 at Calendar Test Manhattan" })).toBeVisible();
  await expect(page.getByLabel("View")).toHaveValue("day");
  const axis = page.locator('[aria-hidden="true"] span').filter({ hasText: /^\d+ (AM|PM)$/ });
  await expect(axis.first()).toHaveText("12 AM");
  expect((await axis.allTextContents()).slice(0, 3)).toEqual(["12 AM", "1 AM", "3 AM"]);
  await page.screenshot({ path: "test-results/calendar-dst-day.png", fullPage: true });
});

test("a provider lands on their own day and sees only their own column", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("provider"));
  await expect(page).toHaveURL(/\/calendar$/);
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  const provider = page.getByLabel("Provider");
  await expect(provider.locator("option")).toHaveText([demoAccount("provider").name]);
  await expect(page.getByRole("group").locator("div.h-14")).toHaveText(["", demoAccount("provider").name]);

  // Another provider's column cannot be asked for by URL either: the provider is forced back to their own.
  await page.goto(`/calendar?provider=${week.providerId}`);
  await expect(page.getByRole("group").locator("div.h-14")).toHaveText(["", demoAccount("provider").name]);
  await page.screenshot({ path: "test-results/calendar-provider.png", fullPage: true });
});

test("the calendar can be walked by keyboard and has no serious axe violations", async ({ page }) => {
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto(`/calendar?location=${week.locationId}&date=2027-03-14`);
  await expect(page.getByRole("heading", { level: 2, name: /Sunday, March 14, 2027/ })).toBeVisible();
  await expectNoSeriousViolations(page, "calendar day (desktop)");

  // Tab from the Show button reaches the scrollable calendar, then its visit blocks in time order.
  await page.getByRole("button", { name: "Show calendar" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("role", "group");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText(/1:30 AM–3:00 AM Spring Forward/);
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText(/9:00 AM–9:30 AM Spring Forward/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/visits\/[0-9a-f-]{36}$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/calendar?view=week&location=${week.locationId}&date=2027-03-14`);
  await expect(page.getByRole("heading", { level: 2, name: /Week of March 8, 2027/ })).toBeVisible();
  await expectNoSeriousViolations(page, "calendar week (390×844)");
  await page.screenshot({ path: "test-results/calendar-week-mobile.png", fullPage: true });
});
