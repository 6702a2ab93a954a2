import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { demoAccount } from "../fixtures/accounts";
import { patientSite } from "../fixtures/apps";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

type Json = Record<string, unknown>;

/** A patient-site tRPC query over HTTP, as the browser makes it (superjson envelope). */
async function patientQuery<T>(request: APIRequestContext, path: string, input?: Json): Promise<T> {
  const query = input ? `?input=${encodeURIComponent(JSON.stringify({ json: input }))}` : "";
  const response = await request.get(patientSite(`/api/trpc/${path}${query}`));
  expect(response.status(), path).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

const isoDate = (daysAhead: number) => new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

type Search = { days: { date: string; slots: unknown[] }[] };

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Fills the time-off form for the shown provider: whole day at `locationName` on `date`, then previews. */
async function previewTimeOff(page: Page, locationName: string, date: string) {
  const form = page.getByRole("region", { name: /Add time off or extra hours for/ });
  await form.getByLabel("Kind").selectOption("time_off");
  await form.getByLabel("Location").selectOption({ label: locationName });
  await form.getByLabel("Date").fill(date);
  await form.getByRole("button", { name: "Preview change" }).click();
  await expect(form.getByRole("heading", { name: "Effect of this change" })).toBeFocused();
  // The form shows what it posted, so "Save change" sends the change just previewed.
  await expect(form.getByLabel("Location").locator("option:checked")).toHaveText(locationName);
  await expect(form.getByLabel("Date")).toHaveValue(date);
  return form;
}

test("admin adds a day off and the patient site no longer offers that provider's slots that day", async ({ page, request }) => {
  const services = await patientQuery<{ id: string }[]>(request, "services.list");
  let target: { serviceId: string; locationId: string; locationName: string; providerId: string; date: string } | undefined;
  for (const service of services) {
    const options = await patientQuery<{ locations: { id: string; name: string; providers: { id: string }[] }[] }>(request, "availability.options", { serviceId: service.id });
    const location = options.locations[0];
    const provider = location?.providers[0];
    if (!location || !provider) continue;
    // Far enough ahead that the other journeys' "first available" bookings are elsewhere.
    const search = await patientQuery<Search>(request, "availability.search", { serviceId: service.id, locationId: location.id, providerId: provider.id, from: isoDate(30), to: isoDate(44) });
    const day = search.days.find((candidate) => candidate.slots.length > 0);
    if (day) target = { serviceId: service.id, locationId: location.id, locationName: location.name, providerId: provider.id, date: day.date };
    if (target) break;
  }
  if (!target) throw new Error("the demo clinic offers no slot 30–44 days ahead");

  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto(`/schedules?provider=${target.providerId}`);
  const form = await previewTimeOff(page, target.locationName, target.date);
  await expect(form.getByText(/slots lost over the next 4 weeks|No bookable time changes/).first()).toBeVisible();
  for (const keep of await form.getByRole("radio", { name: "Keep the visit" }).all()) await keep.check();
  await form.getByRole("button", { name: "Save change" }).click();
  await expect(form.getByRole("heading", { name: "Change saved" })).toBeFocused();

  const after = await patientQuery<Search>(request, "availability.search", { ...target, from: target.date, to: target.date });
  expect(after.days[0]?.slots ?? []).toEqual([]);
});

test("a change that strands a booked visit lists it and saves only once staff decide", async ({ page }) => {
  const visit = await withDatabase(async (client) => {
    const { rows } = await client.query<{ provider_id: string; location_name: string; date: string; patient_name: string }>(
      `select a.provider_id, l.name as location_name, to_char((a.starts_at at time zone l.time_zone)::date, 'YYYY-MM-DD') as date, u.name as patient_name
         from appointments a join locations l on l.id = a.location_id join patients p on p.id = a.patient_id join users u on u.id = p.user_id
        where a.status = 'booked' and a.starts_at > now() + interval '2 days'
        order by a.starts_at desc limit 1`,
    );
    return rows[0];
  });
  if (!visit) throw new Error("the demo clinic has no upcoming booked visit");

  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto(`/schedules?provider=${visit.provider_id}`);
  const form = await previewTimeOff(page, visit.location_name, visit.date);
  const stranded = form.getByRole("group", { name: /booked visits? falls? outside the new working time/ });
  await expect(stranded).toContainText(visit.patient_name);

  // Each visit needs a decision before the form posts (the server refuses too: see schedules.int.test.ts).
  const keepFirst = stranded.getByRole("radio", { name: "Keep the visit" }).first();
  expect(await keepFirst.evaluate((radio: HTMLInputElement) => radio.validity.valueMissing)).toBe(true);
  await form.getByRole("button", { name: "Save change" }).click();
  await expect(form.getByRole("heading", { name: "Effect of this change" })).toBeVisible();
  await page.screenshot({ path: "/tmp/sched-shots/stranded.png", fullPage: true });

  for (const keep of await stranded.getByRole("radio", { name: "Keep the visit" }).all()) await keep.check();
  await form.getByRole("button", { name: "Save change" }).click();
  await expect(form.getByRole("heading", { name: "Change saved" })).toBeFocused();
  await expect(form.getByText(/kept/)).toBeVisible();
});

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`the schedule editor is keyboard-usable and has no serious accessibility violations (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await submitSignIn(page, "/sign-in", demoAccount("admin"));
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await page.getByRole("link", { name: "Schedules" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Schedules" })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the schedule editor (${viewport.name})`);

    // Keyboard only: from the closure form's reason, Tab reaches its Preview button, Enter previews.
    const closure = page.getByRole("region", { name: "Close a location" });
    await closure.getByLabel("Date").fill(isoDate(200));
    await closure.getByLabel("Reason").focus();
    await page.keyboard.type("Staff training");
    await page.keyboard.press("Tab");
    await expect(closure.getByRole("button", { name: "Preview change" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(closure.getByRole("heading", { name: "Effect of this change" })).toBeFocused();
    await expectNoSeriousA11yViolations(page, `the schedule editor's preview (${viewport.name})`);
    await page.screenshot({ path: `/tmp/sched-shots/editor-${viewport.name}.png`, fullPage: true });
  });
}
