import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createDb, type Database } from "@clinic/db/client";
import { appointments, patients } from "@clinic/db/schema";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

let db: Database;

test.beforeAll(() => {
  db = createDb(process.env.DATABASE_URL ?? "", { max: 2 });
});
test.afterAll(async () => {
  await db.$client.end();
});

/**
 * A booked visit of a new patient record (with an email) with a demo provider who offers a service
 * where they work, written straight to the database at 03:00 local, 40 days ahead: no other visit is there.
 */
async function bookedVisit(): Promise<{ id: string; email: string; name: string }> {
  const tag = randomUUID().slice(0, 8);
  const rows = await db.$client.query<{ provider_id: string; service_id: string; location_id: string; minutes: number }>(`
    select ps.provider_id, ps.service_id, pl.location_id, s.duration_minutes as minutes
    from provider_services ps
    join provider_locations pl on pl.provider_id = ps.provider_id
    join services s on s.id = ps.service_id and s.active
    where exists (select 1 from provider_weekly_hours h where h.provider_id = ps.provider_id and h.location_id = pl.location_id)
    order by ps.provider_id, ps.service_id, pl.location_id
    limit 1`);
  const choice = rows.rows[0]!;
  const name = `Morgan Mover ${tag}`;
  const email = `mover-${tag}@example.com`;
  const [record] = await db.insert(patients).values({ name, email, phone: "(512) 555-0177", dateOfBirth: "1979-05-06" }).returning({ id: patients.id });
  const day = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const startsAt = new Date(`${day}T09:00:00Z`); // 03:00–04:00 in the Americas: outside every demo schedule.
  const [visit] = await db
    .insert(appointments)
    .values({
      patientId: record!.id,
      providerId: choice.provider_id,
      serviceId: choice.service_id,
      locationId: choice.location_id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + choice.minutes * 60_000),
      status: "booked",
    })
    .returning({ id: appointments.id });
  return { id: visit!.id, email, name };
}

/** Shows the free times of the first day within two weeks that has any; returns that day. */
async function showFirstDayWithTimes(page: Page): Promise<string> {
  const times = page.getByRole("radio");
  for (let ahead = 2; ahead <= 16; ahead++) {
    const day = new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel(/^New day \(/).fill(day);
    await page.getByRole("button", { name: "Show free times" }).click();
    await expect(page).toHaveURL(new RegExp(`moveDate=${day}`));
    if ((await times.count()) > 0) return day;
  }
  throw new Error("no free time within two weeks");
}

test("the front desk moves a visit to a free time without JavaScript; the patient is emailed", async ({ browser }) => {
  const visit = await bookedVisit();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await submitSignIn(page, "/sign-in", demoAccount("front_desk"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto(`/visits/${visit.id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Reschedule" })).toBeVisible();

  await showFirstDayWithTimes(page);
  const chosen = page.getByRole("radio").first();
  const chosenStart = await chosen.getAttribute("value");
  await chosen.check();
  await page.getByRole("button", { name: "Move visit" }).click();

  await expect(page.getByText("The visit is moved. The patient has been emailed the new time.")).toBeVisible();
  const moved = await db.$client.query<{ starts_at: Date; status: string }>("select starts_at, status from appointments where id = $1", [visit.id]);
  expect(moved.rows[0]?.starts_at.toISOString()).toBe(new Date(chosenStart!).toISOString());
  expect(moved.rows[0]?.status).toBe("booked");
  const emails = await db.$client.query("select id from email_outbox where to_address = $1 and template = 'appointment-rescheduled'", [visit.email]);
  expect(emails.rowCount).toBe(1);
  expect(page.url()).not.toContain(encodeURIComponent(visit.email));
  await context.close();
});

test("the reschedule step is reached by keyboard, focuses its heading and has no serious axe violations", async ({ page }) => {
  const visit = await bookedVisit();
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto(`/visits/${visit.id}`);
  await expectNoSeriousA11yViolations(page, "a visit with its reschedule form");

  const day = await showFirstDayWithTimes(page);
  await expect(page.getByRole("heading", { level: 2, name: /^Reschedule: free times on / })).toBeFocused();
  await expectNoSeriousA11yViolations(page, "a visit's free times");
  await page.screenshot({ path: test.info().outputPath("visit-reschedule.png"), fullPage: true });

  // Keyboard only: from the heading, Tab through the day form to the first time, Space picks it, Enter moves.
  const firstTime = page.getByRole("radio").first();
  for (let presses = 0; presses < 12 && !(await firstTime.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(firstTime).toBeFocused();
  await page.keyboard.press("Space");
  await expect(firstTime).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByText("The visit is moved. The patient has been emailed the new time.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Booked");
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
