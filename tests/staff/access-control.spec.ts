import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { searchPatients } from "../fixtures/patient-search";
import { submitSignIn } from "../fixtures/sign-in";

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test.describe("who may open staff pages", () => {
  test("an anonymous visitor is sent to sign in", async ({ page }) => {
    await page.goto("/patients");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("button", { name: /sign in/i })).toBeVisible();
  });

  test("a patient cannot sign in to staff admin", async ({ page }) => {
    await submitSignIn(page, "/sign-in", demoAccount("patient"));
    // Said once, in the form's alert (the page's own intro does not repeat it).
    await expect(page.getByRole("alert").filter({ hasText: "patient account" })).toHaveText("That is a patient account: it signs in on the patient site, not here.");
    await expect(page.getByText(/patient account/)).toHaveCount(1);
    await expect(page).toHaveURL(/\/sign-in/);

    // Nor does the refused sign-in leave a session behind.
    await page.goto("/patients");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the content editor sees no patient data", async ({ page }) => {
    await submitSignIn(page, "/sign-in", demoAccount("content_editor"));
    await expect(page.getByRole("heading", { level: 1, name: /welcome/i })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Staff areas" });
    await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Patients" })).toHaveCount(0);

    await page.goto("/patients");
    await expect(page.getByText("You do not have access to patient records")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });
});

test.describe("a provider reaches only their own patients", () => {
  test("another provider's patient: the search says whose it covers, the record page says why, the direct tRPC call is refused and audited", async ({ page }) => {
    const tag = randomUUID().slice(0, 8);
    // One patient with a visit with the demo provider, one with a visit with someone else only.
    const { mine, theirs } = await withDatabase(async (client) => {
      const own = await client.query<{ id: string; location_id: string; service_id: string }>(
        `select p.id, pl.location_id, ps.service_id from providers p
           join users u on u.id = p.user_id join provider_locations pl on pl.provider_id = p.id join provider_services ps on ps.provider_id = p.id
          where u.email = $1 limit 1`,
        [demoAccount("provider").email],
      );
      const other = await client.query<{ id: string }>(`select p.id from providers p left join users u on u.id = p.user_id where u.email is distinct from $1 limit 1`, [
        demoAccount("provider").email,
      ]);
      const ownProvider = own.rows[0]!;
      const insertPatient = async (name: string) =>
        (await client.query<{ id: string }>(`insert into patients (name, phone, date_of_birth) values ($1, '(512) 555-0190', '1970-01-02') returning id`, [name])).rows[0]!.id;
      const visit = (patientId: string, providerId: string, daysAgo: number) =>
        client.query(
          `insert into appointments (patient_id, provider_id, service_id, location_id, starts_at, ends_at, status)
           values ($1, $2, $3, $4, date_trunc('hour', now()) - make_interval(days => $5) - interval '3 hours', date_trunc('hour', now()) - make_interval(days => $5) - interval '2 hours', 'completed')`,
          [patientId, providerId, ownProvider.service_id, ownProvider.location_id, daysAgo],
        );
      const minePatient = await insertPatient(`Reach Mine ${tag}`);
      const theirsPatient = await insertPatient(`Reach Theirs ${tag}`);
      await visit(minePatient, ownProvider.id, 400);
      await visit(theirsPatient, other.rows[0]!.id, 401);
      return { mine: minePatient, theirs: theirsPatient };
    });

    await submitSignIn(page, "/sign-in", demoAccount("provider"));
    await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
    await searchPatients(page, `Reach`);
    await expect(page.getByText("Providers see only the records of patients with a visit with them, past or upcoming.")).toBeVisible();
    await expect(page.getByRole("link", { name: `Reach Mine ${tag}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Reach Theirs ${tag}` })).toHaveCount(0);
    await searchPatients(page, `Reach Theirs ${tag}`);
    await expect(page.getByText(`No patient with a visit with you matches “Reach Theirs ${tag}”. Ask the front desk for a patient you have not seen yet.`)).toBeVisible();

    await page.goto(`/patients/${mine}`);
    await expect(page.getByRole("heading", { level: 1, name: `Reach Mine ${tag}` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Your appointments with this patient" })).toBeVisible();

    await page.goto(`/patients/${theirs}`);
    await expect(page.getByText("You cannot open this patient record")).toBeVisible();
    await expect(page.getByText(/This patient has no visit with you\. Providers see only the records of patients with a visit with them/)).toBeVisible();
    await expect(page.getByText(`Reach Theirs ${tag}`)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, "another provider's patient, refused");

    const input = encodeURIComponent(JSON.stringify({ json: { patientId: theirs } }));
    const response = await page.request.get(`/api/trpc/patients.detail?input=${input}`);
    expect(response.status()).toBe(403);
    const body = (await response.json()) as { error: { json: { message: string; data: { code: string } } } };
    expect(body.error.json.data.code).toBe("FORBIDDEN");
    expect(JSON.stringify(body)).not.toContain(`Reach Theirs ${tag}`);

    const refusals = await withDatabase((client) =>
      client.query<{ action: string; metadata: { procedure: string } }>(
        `select e.action, e.metadata from audit_events e join users u on u.id = e.actor_user_id where e.patient_id = $1 and u.email = $2 order by e.occurred_at`,
        [theirs, demoAccount("provider").email],
      ),
    );
    // The page's call and the direct call: both refused, neither a view.
    expect(refusals.rows.map((row) => [row.action, row.metadata.procedure])).toEqual([
      ["access.refused", "patients.detail"],
      ["access.refused", "patients.detail"],
    ]);
  });
});
