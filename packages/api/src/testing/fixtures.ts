// Test data written straight with drizzle, so procedure tests depend on nothing but the schema.
import type { Database } from "@clinic/db/client";
import {
  appointments,
  articles,
  articleRevisions,
  articleServices,
  locations,
  patients,
  providerLocations,
  providers,
  providerScheduleExceptions,
  providerServices,
  providerWeeklyHours,
  services,
  users,
} from "@clinic/db/schema";
import type { AppointmentStatus } from "@clinic/domain/appointments/appointment-status";
import type { ServiceCategory } from "@clinic/domain/clinic/service-category";
import type { ArticleKind, ArticleStatus } from "@clinic/domain/content/article-kind";
import type { Role, StaffRole } from "@clinic/domain/people/roles";
import type { BookingPolicy } from "@clinic/domain/scheduling/booking-policy";
import type { ScheduleExceptionKind, ScheduleExceptionStatus, WallTime } from "@clinic/domain/scheduling/weekly-schedule";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { randomUUID } from "node:crypto";
import { createTRPCContext } from "../context";
import { createPatientCaller } from "../patient-router";
import { createStaffCaller } from "../staff-router";

/** Users created here never sign in, so their hash only has to look like one. */
const FIXTURE_PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$fixture$fixture";

let sequence = 0;
/** Short unique suffix so fixtures never collide on unique columns within one database. */
export function unique(): string {
  sequence += 1;
  return `${sequence.toString(36)}${randomUUID().slice(0, 6)}`;
}

export function sessionUserOf(user: { id: string; role: Role; name: string; email: string }, patientId: string | null = null): SessionUser {
  return { id: user.id, role: user.role, name: user.name, email: user.email, patientId, sessionId: randomUUID() };
}

/** A user whose email is confirmed unless `emailVerified: false` (a patient account waiting for its link). */
export async function createUser(db: Database, fields: { role: Role; name?: string; email?: string; emailVerified?: boolean }) {
  const suffix = unique();
  const [user] = await db
    .insert(users)
    .values({
      role: fields.role,
      name: fields.name ?? `Test ${fields.role} ${suffix}`,
      email: fields.email ?? `${fields.role}-${suffix}@example.test`,
      passwordHash: FIXTURE_PASSWORD_HASH,
      emailVerifiedAt: fields.emailVerified === false ? null : new Date(),
    })
    .returning();
  if (!user) throw new Error("no user inserted");
  return user;
}

export type TestPatient = { userId: string; patientId: string; name: string; email: string; session: SessionUser };

export async function createPatient(
  db: Database,
  fields: { name?: string; email?: string; phone?: string | null; dateOfBirth?: string | null } = {},
): Promise<TestPatient> {
  const user = await createUser(db, { role: "patient", name: fields.name, email: fields.email });
  const [patient] = await db
    .insert(patients)
    .values({ userId: user.id, phone: fields.phone ?? null, dateOfBirth: fields.dateOfBirth ?? null })
    .returning({ id: patients.id });
  if (!patient) throw new Error("no patient inserted");
  return { userId: user.id, patientId: patient.id, name: user.name, email: user.email, session: sessionUserOf(user, patient.id) };
}

export async function createStaff(db: Database, role: StaffRole, fields: { name?: string } = {}): Promise<SessionUser> {
  return sessionUserOf(await createUser(db, { role, name: fields.name }));
}

export async function createLocation(db: Database, fields: { name?: string; slug?: string; timeZone?: string; city?: string } = {}) {
  const suffix = unique();
  const [location] = await db
    .insert(locations)
    .values({
      slug: fields.slug ?? `location-${suffix}`,
      name: fields.name ?? `Location ${suffix}`,
      addressLine1: "100 Congress Ave",
      city: fields.city ?? "Austin",
      region: "TX",
      postalCode: "78701",
      phone: "(512) 555-0100",
      timeZone: fields.timeZone ?? "America/Chicago",
      openingHours: [{ weekday: 1, opens: "08:00", closes: "17:00" }],
    })
    .returning();
  if (!location) throw new Error("no location inserted");
  return location;
}

/** A service; booking-policy fields left out take the column defaults (DEFAULT_BOOKING_POLICY). */
export async function createService(
  db: Database,
  fields: { name?: string; category?: ServiceCategory; durationMinutes?: number; active?: boolean } & Partial<
    Omit<BookingPolicy, "durationMinutes">
  > = {},
) {
  const suffix = unique();
  const [service] = await db
    .insert(services)
    .values({
      slug: `service-${suffix}`,
      name: fields.name ?? `Service ${suffix}`,
      category: fields.category ?? "interventional_pain",
      durationMinutes: fields.durationMinutes ?? 60,
      description: "A test service.",
      active: fields.active ?? true,
      bufferBeforeMinutes: fields.bufferBeforeMinutes,
      bufferAfterMinutes: fields.bufferAfterMinutes,
      minNoticeMinutes: fields.minNoticeMinutes,
      bookingHorizonDays: fields.bookingHorizonDays,
      slotIntervalMinutes: fields.slotIntervalMinutes,
      changeCutoffMinutes: fields.changeCutoffMinutes,
    })
    .returning();
  if (!service) throw new Error("no service inserted");
  return service;
}

export async function createProvider(
  db: Database,
  fields: {
    name?: string;
    disciplines?: ServiceCategory[];
    locationIds?: string[];
    serviceIds?: string[];
    userId?: string;
    active?: boolean;
  } = {},
) {
  const suffix = unique();
  const [provider] = await db
    .insert(providers)
    .values({
      slug: `provider-${suffix}`,
      name: fields.name ?? `Dr. Test ${suffix}`,
      title: "MD, Interventional Pain Medicine",
      bio: "A test provider.",
      disciplines: fields.disciplines ?? ["interventional_pain"],
      userId: fields.userId ?? null,
      active: fields.active ?? true,
    })
    .returning();
  if (!provider) throw new Error("no provider inserted");
  for (const locationId of fields.locationIds ?? []) await db.insert(providerLocations).values({ providerId: provider.id, locationId });
  for (const serviceId of fields.serviceIds ?? []) await db.insert(providerServices).values({ providerId: provider.id, serviceId });
  return provider;
}

export async function createArticle(
  db: Database,
  fields: {
    slug?: string;
    title?: string;
    kind?: ArticleKind;
    status?: ArticleStatus;
    reviewerProviderId?: string;
    authorUserId?: string;
    serviceIds?: string[];
  } = {},
) {
  const suffix = unique();
  const status = fields.status ?? "published";
  const [article] = await db
    .insert(articles)
    .values({
      slug: fields.slug ?? `article-${suffix}`,
      kind: fields.kind ?? "condition",
      title: fields.title ?? `Article ${suffix}`,
      summary: "What it is and how it is treated.",
      bodyMarkdown: "## What it is\n\nText.",
      status,
      publishedAt: status === "published" ? new Date("2026-01-10T15:00:00Z") : null,
      reviewerProviderId: fields.reviewerProviderId ?? null,
      reviewedOn: fields.reviewerProviderId ? "2026-01-05" : null,
      authorUserId: fields.authorUserId ?? null,
    })
    .returning();
  if (!article) throw new Error("no article inserted");
  for (const serviceId of fields.serviceIds ?? []) await db.insert(articleServices).values({ articleId: article.id, serviceId });
  // Like migration 0011's backfill: an article's history starts with one revision of its text.
  await db.insert(articleRevisions).values({
    articleId: article.id,
    number: 1,
    slug: article.slug,
    kind: article.kind,
    title: article.title,
    summary: article.summary,
    bodyMarkdown: article.bodyMarkdown,
    relatedServiceIds: fields.serviceIds ?? [],
    state: status === "published" ? "approved" : "draft",
    approvedAt: status === "published" ? article.publishedAt : null,
    createdByUserId: article.authorUserId,
    reviewerProviderId: article.reviewerProviderId,
  });
  return article;
}

export async function createAppointment(
  db: Database,
  fields: {
    patientId: string;
    providerId: string;
    serviceId: string;
    locationId: string;
    startsAt: Date;
    minutes?: number;
    status?: AppointmentStatus;
    bufferBeforeMinutes?: number;
    bufferAfterMinutes?: number;
    reason?: string | null;
    idempotencyKey?: string | null;
    createdByUserId?: string | null;
  },
) {
  const [appointment] = await db
    .insert(appointments)
    .values({
      patientId: fields.patientId,
      providerId: fields.providerId,
      serviceId: fields.serviceId,
      locationId: fields.locationId,
      startsAt: fields.startsAt,
      endsAt: new Date(fields.startsAt.getTime() + (fields.minutes ?? 60) * 60_000),
      status: fields.status ?? "booked",
      bufferBeforeMinutes: fields.bufferBeforeMinutes ?? 0,
      bufferAfterMinutes: fields.bufferAfterMinutes ?? 0,
      reason: fields.reason ?? null,
      idempotencyKey: fields.idempotencyKey ?? null,
      createdByUserId: fields.createdByUserId ?? null,
      cancelledAt: fields.status === "cancelled" ? new Date() : null,
    })
    .returning();
  if (!appointment) throw new Error("no appointment inserted");
  return appointment;
}

/** Lets the provider offer the service at the location (provider_services, provider_locations); repeat calls are harmless. */
export async function linkProvider(db: Database, fields: { providerId: string; serviceId?: string; locationId?: string }) {
  if (fields.serviceId) {
    await db.insert(providerServices).values({ providerId: fields.providerId, serviceId: fields.serviceId }).onConflictDoNothing();
  }
  if (fields.locationId) {
    await db.insert(providerLocations).values({ providerId: fields.providerId, locationId: fields.locationId }).onConflictDoNothing();
  }
}

/** One interval of a provider's week at a location, wall-clock "HH:MM" in the location's zone; weekday 1 = Monday. */
export async function createWeeklyHours(
  db: Database,
  fields: {
    providerId: string;
    locationId: string;
    weekday: number;
    start: WallTime;
    end: WallTime;
    effectiveFrom?: string | null;
    effectiveTo?: string | null;
  },
) {
  const [hours] = await db
    .insert(providerWeeklyHours)
    .values({
      providerId: fields.providerId,
      locationId: fields.locationId,
      weekday: fields.weekday,
      startTime: fields.start,
      endTime: fields.end,
      effectiveFrom: fields.effectiveFrom ?? null,
      effectiveTo: fields.effectiveTo ?? null,
    })
    .returning();
  if (!hours) throw new Error("no weekly hours inserted");
  return hours;
}

/**
 * Time off (whole day when start and end are left out; no location = everywhere the provider works)
 * or extra hours (location, start and end required) on one local date "YYYY-MM-DD".
 */
export async function createScheduleException(
  db: Database,
  fields: {
    providerId: string;
    date: string;
    kind?: ScheduleExceptionKind;
    locationId?: string | null;
    start?: WallTime | null;
    end?: WallTime | null;
    note?: string | null;
    status?: ScheduleExceptionStatus;
  },
) {
  const [exception] = await db
    .insert(providerScheduleExceptions)
    .values({
      providerId: fields.providerId,
      locationId: fields.locationId ?? null,
      date: fields.date,
      kind: fields.kind ?? "time_off",
      startTime: fields.start ?? null,
      endTime: fields.end ?? null,
      note: fields.note ?? null,
      status: fields.status ?? "approved",
    })
    .returning();
  if (!exception) throw new Error("no schedule exception inserted");
  return exception;
}

/** Both entry routers as `user` would reach them; the request id lets tests find the audit rows. */
/** The shared secret test callers get, as the patient site's server passes its own (draft-preview links). */
export const TEST_PREVIEW_SECRET = "test-preview-secret-0123456789abcdef";

export function callerFor(db: Database, user: SessionUser | null, options: { requestId?: string; ip?: string; previewSecret?: string | null } = {}) {
  const headers = new Headers({ "user-agent": "vitest" });
  const previewSecret = options.previewSecret === undefined ? TEST_PREVIEW_SECRET : options.previewSecret;
  const ctx = createTRPCContext({ headers, user, db, requestId: options.requestId, ip: options.ip ?? null, previewSecret });
  return { patient: createPatientCaller(ctx), staff: createStaffCaller(ctx), ctx };
}

/**
 * A small clinic: one location per zone, a provider with a service, a published and a draft
 * article, patients A and B with one appointment each, and one user of each staff role.
 */
export async function createClinic(db: Database) {
  const downtown = await createLocation(db, { name: "Downtown Austin", timeZone: "America/Chicago" });
  const westElPaso = await createLocation(db, { name: "West El Paso", timeZone: "America/Denver", city: "El Paso" });
  const service = await createService(db, { name: "Initial pain consultation" });
  const provider = await createProvider(db, { locationIds: [downtown.id, westElPaso.id], serviceIds: [service.id] });
  const publishedArticle = await createArticle(db, { reviewerProviderId: provider.id, serviceIds: [service.id] });
  const draftArticle = await createArticle(db, { status: "draft" });
  const patientA = await createPatient(db, { name: "Avery Alpha", phone: "(512) 555-0101", dateOfBirth: "1980-01-01" });
  const patientB = await createPatient(db, { name: "Blake Beta", phone: "(512) 555-0202", dateOfBirth: "1990-02-02" });
  const appointmentA = await createAppointment(db, {
    patientId: patientA.patientId,
    providerId: provider.id,
    serviceId: service.id,
    locationId: downtown.id,
    startsAt: new Date(Date.now() + 7 * 86_400_000),
  });
  const appointmentB = await createAppointment(db, {
    patientId: patientB.patientId,
    providerId: provider.id,
    serviceId: service.id,
    locationId: downtown.id,
    startsAt: new Date(Date.now() + 8 * 86_400_000),
  });
  const staff = {
    admin: await createStaff(db, "admin"),
    provider: await createStaff(db, "provider"),
    front_desk: await createStaff(db, "front_desk"),
    content_editor: await createStaff(db, "content_editor"),
  } satisfies Record<StaffRole, SessionUser>;
  return {
    locations: { downtown, westElPaso },
    service,
    provider,
    articles: { published: publishedArticle, draft: draftArticle },
    patientA,
    patientB,
    appointments: { a: appointmentA, b: appointmentB },
    staff,
  };
}
export type TestClinic = Awaited<ReturnType<typeof createClinic>>;
