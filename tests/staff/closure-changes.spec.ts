import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { patientSite } from "../fixtures/apps";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";

type Search = { timeZone: string; days: { date: string; slots: { start: string }[] }[] };
type Target = { serviceId: string; locationId: string; locationName: string; providerId: string; date: string };

async function patientQuery<T>(request: APIRequestContext, path: string, input?: Record<string, unknown>): Promise<T> {
  const query = input ? `?input=${encodeURIComponent(JSON.stringify({ json: input }))}` : "";
  const response = await request.get(patientSite(`/api/trpc/${path}${query}`));
  expect(response.status(), path).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

const isoDate = (daysAhead: number) => new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

/** The local "HH:MM" of each start the patient site offers on the target's day. */
async function offered(request: APIRequestContext, target: Target): Promise<string[]> {
  const { serviceId, locationId, providerId, date } = target;
  const search = await patientQuery<Search>(request, "availability.search", { serviceId, locationId, providerId, from: date, to: date });
  return search.days[0]?.slots.map((slot) => slot.start.slice(11, 16)) ?? [];
}

/** Previews the change in `form`, decides nothing (no visit there), saves, and waits for the answer. */
async function previewAndSave(form: Locator) {
  await form.getByRole("button", { name: "Preview change" }).click();
  await expect(form.getByRole("heading", { name: "Effect of this change" })).toBeFocused();
  await expect(form.getByText("No booked visit falls outside the new working time.")).toBeVisible();
  await form.getByRole("button", { name: "Save change" }).click();
}

async function closureDetails(page: Page, target: Target): Promise<Locator> {
  const summary = page.getByText(`Change or remove the closure on ${target.date} at ${target.locationName}`);
  await summary.click();
  return page.locator("details", { has: summary });
}

test("admin closes a location for a day, narrows the closure to the morning, then removes it; the patient site follows each step", async ({ page, request }) => {
  test.setTimeout(180_000);
  const services = await patientQuery<{ id: string }[]>(request, "services.list");
  let target: Target | undefined;
  let before: string[] = [];
  for (const service of services) {
    const options = await patientQuery<{ locations: { id: string; name: string; providers: { id: string }[] }[] }>(request, "availability.options", { serviceId: service.id });
    const location = options.locations.at(-1);
    const provider = location?.providers[0];
    if (!location || !provider) continue;
    // Beyond the other specs' days (up to 44 ahead) and inside the 60-day horizon.
    const search = await patientQuery<Search>(request, "availability.search", { serviceId: service.id, locationId: location.id, providerId: provider.id, from: isoDate(46), to: isoDate(56) });
    const day = search.days.find((candidate) => candidate.slots.some((slot) => slot.start.slice(11, 16) < "12:00") && candidate.slots.some((slot) => slot.start.slice(11, 16) >= "12:00"));
    if (day) {
      target = { serviceId: service.id, locationId: location.id, locationName: location.name, providerId: provider.id, date: day.date };
      before = day.slots.map((slot) => slot.start.slice(11, 16));
      break;
    }
  }
  if (!target) throw new Error("the demo clinic offers no morning and afternoon 46–56 days ahead");

  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  // Signing in hashes with argon2id: on a loaded machine it takes longer than one expect's default.
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/schedules");

  // 1. Closed for the whole day: nothing offered.
  const add = page.getByRole("region", { name: "Close a location" });
  await add.getByLabel("Location").selectOption({ label: target.locationName });
  await add.getByLabel("Date").fill(target.date);
  await add.getByLabel("Reason").fill("Water main repair");
  await previewAndSave(add);
  await expect(add.getByRole("heading", { name: "Change saved" })).toBeFocused();
  expect(await offered(request, target)).toEqual([]);

  // 2. Changed to the morning only: the afternoon is offered again, the morning is not.
  await page.reload();
  let details = await closureDetails(page, target);
  const change = details.getByRole("region", { name: /^Change this closure/ });
  await expect(change.getByLabel("Date")).toHaveValue(target.date);
  await expect(change.getByLabel("Reason")).toHaveValue("Water main repair");
  await change.getByLabel(/^From/).fill("08:00");
  await change.getByLabel("Until").fill("12:00");
  await change.getByRole("button", { name: "Preview change" }).click();
  await expect(change.getByText(/slots gained, 0 slots lost over the next 4 weeks|No bookable time changes/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "changing a closure, previewed");
  await change.getByRole("button", { name: "Save change" }).click();
  await expect(change.getByRole("heading", { name: "Change saved" })).toBeFocused();
  const afternoon = await offered(request, target);
  expect(afternoon.length).toBeGreaterThan(0);
  expect(afternoon.every((time) => time >= "12:00")).toBe(true);

  // 3. Removed: every time is offered again, and the page says so at the closures heading.
  await page.reload();
  details = await closureDetails(page, target);
  await expect(page.getByRole("listitem").filter({ has: details })).toContainText(`${target.date} · ${target.locationName} · 08:00–12:00 · Water main repair`);
  await previewAndSave(details.getByRole("region", { name: "Remove this closure" }));
  await expect(page).toHaveURL(/\/schedules\?removed=closure$/);
  await expect(page.getByRole("heading", { level: 2, name: "Location closures" })).toBeFocused();
  await expect(page.getByText("The closure is removed: those hours are bookable again.")).toBeVisible();
  await expect(page.getByText(`Change or remove the closure on ${target.date} at ${target.locationName}`)).toHaveCount(0);
  expect(await offered(request, target)).toEqual(before);
  await page.screenshot({ path: test.info().outputPath("closure-removed.png"), fullPage: true });
});
