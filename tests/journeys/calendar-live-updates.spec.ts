import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { newPatientIdentity, signUpPatient } from "../fixtures/new-patient";
import { submitSignIn } from "../fixtures/sign-in";

/** A query on the patient site's tRPC endpoint, as its browser client sends it (superjson). */
async function patientQuery<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await request.get(patientSite(`/api/trpc/${path}${query}`));
  expect(response.status(), path).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

type Options = { locations: { id: string; name: string; providers: { id: string; name: string }[] }[] };
type Availability = { days: { date: string; slots: { start: string }[] }[] };

test("a booking made on the patient site appears on an open staff calendar within 30 seconds, without a reload", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const patient = newPatientIdentity();

  // The patient, in a browser of their own, signs up on the patient site and finds a free time.
  const patientContext = await browser.newContext();
  const patientPage = await patientContext.newPage();
  await signUpPatient(patientPage, patient);
  const services = await patientQuery<{ id: string }[]>(patientPage.request, "services.list");
  const serviceId = services[0]?.id ?? "";
  const options = await patientQuery<Options>(patientPage.request, "availability.options", { serviceId });
  const location = options.locations[0]!;
  const provider = location.providers[0]!;
  const from = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const availability = await patientQuery<Availability>(patientPage.request, "availability.search", {
    serviceId,
    locationId: location.id,
    providerId: provider.id,
    from,
    to,
  });
  const day = availability.days.find((candidate) => candidate.slots.length > 0)!;
  const start = day.slots[0]!.start;

  // The front desk has that provider's day open.
  await submitSignIn(page, staffAdmin("/sign-in"), demoAccount("front_desk"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto(staffAdmin(`/calendar?location=${location.id}&provider=${provider.id}&date=${day.date}`));
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`at ${location.name}$`) })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(patient.name) })).toHaveCount(0);
  // Survives only as long as the document does: a reload would wipe it.
  await page.evaluate(() => Object.assign(window, { calendarNotReloaded: true }));

  // The patient books through the patient site's own endpoint, with their session.
  const booked = await patientPage.request.post(patientSite("/api/trpc/appointments.book"), {
    data: { json: { serviceId, locationId: location.id, providerId: provider.id, start, reason: "", idempotencyKey: `live-${randomUUID()}` } },
  });
  expect(booked.status()).toBe(200);
  const bookedAt = Date.now();

  const block = page.getByRole("link", { name: new RegExp(patient.name) });
  await expect(block).toBeVisible({ timeout: 30_000 });
  expect(Date.now() - bookedAt).toBeLessThan(30_000);
  expect(await page.evaluate(() => (window as unknown as { calendarNotReloaded?: boolean }).calendarNotReloaded)).toBe(true);
  await expect(block).toHaveAttribute("href", /^\/visits\/[0-9a-f-]{36}$/);
  await expectNoSeriousA11yViolations(page, "the calendar after a live update");
  await patientContext.close();
});
