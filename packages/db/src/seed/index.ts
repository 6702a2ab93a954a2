import { createDb, type Database } from "../client";
import { DEMO_ACCOUNTS, DEMO_ARTICLE_AUTHOR_EMAIL, DEMO_PATIENT_PROFILE, DEMO_PROVIDER_LINK, DEMO_SCHEDULER_EMAIL } from "./demo-accounts";
import { DEMO_SCHEDULED_PATIENTS } from "./demo-patients";
import { seedArticles } from "./seed-articles";
import { seedDemoPatientAppointments, seedTodaysAppointments } from "./seed-appointments";
import { linkProviderAccount, requireId, seedCatalogue } from "./seed-catalogue";
import { ensureDemoAuthenticator, ensurePatient, ensureUser } from "./seed-people";
import { seedLocationClosures, seedScheduleExceptions, seedWeeklyHours } from "./seed-schedules";

export { DEMO_ACCOUNTS, type DemoAccount } from "./demo-accounts";

/**
 * Fills a migrated database with the demo clinic "Riverbend Pain & Wellness": locations, services
 * with their booking policies, providers with their weekly hours and some time off and extra hours
 * in the coming weeks, holiday closures, published health-library articles, the demo log-ins, and appointments.
 * Idempotent: catalogue rows are upserted by slug, people found by email, hours, exceptions and
 * appointments added only where missing, so running it again changes no row counts. `now` is for tests.
 */
export async function seedDemoClinic(db: Database, options: { now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const catalogue = await seedCatalogue(tx);
    // Hours and exceptions first: appointments are placed inside them.
    await seedWeeklyHours(tx, catalogue);
    await seedLocationClosures(tx, catalogue, now);
    await seedScheduleExceptions(tx, catalogue, now);

    const userIds = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const id = await ensureUser(tx, account);
      userIds.set(account.email, id);
      if ("totpSecret" in account) await ensureDemoAuthenticator(tx, id, account.totpSecret);
    }
    const userId = (email: string) => requireId(userIds, email, "demo account");

    await linkProviderAccount(tx, requireId(catalogue.providerIds, DEMO_PROVIDER_LINK.providerSlug, "provider"), userId(DEMO_PROVIDER_LINK.email));
    await seedArticles(tx, catalogue, userId(DEMO_ARTICLE_AUTHOR_EMAIL));

    const { email, ...profile } = DEMO_PATIENT_PROFILE;
    const demoPatientId = await ensurePatient(tx, userId(email), profile);
    await seedDemoPatientAppointments(tx, catalogue, demoPatientId, now);

    const scheduled: { patientId: string; locationSlug: string }[] = [];
    for (const person of DEMO_SCHEDULED_PATIENTS) {
      const personUserId = await ensureUser(tx, { email: person.email, name: person.name, role: "patient" });
      const patientId = await ensurePatient(tx, personUserId, { phone: person.phone, dateOfBirth: person.dateOfBirth });
      scheduled.push({ patientId, locationSlug: person.locationSlug });
    }
    await seedTodaysAppointments(tx, catalogue, scheduled, userId(DEMO_SCHEDULER_EMAIL), now);
  });
}

/** The demo clinic in the database at `url`, over a short-lived pool (the e2e runner and the pages bench). */
export async function seedDemoDatabase(url: string): Promise<void> {
  const db = createDb(url, { max: 2 });
  try {
    await seedDemoClinic(db);
  } finally {
    await db.$client.end();
  }
}
