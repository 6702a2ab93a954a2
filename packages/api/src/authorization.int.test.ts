import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { STAFF_ROLES, type StaffRole } from "@clinic/domain/people/roles";
import type { SessionUser } from "@clinic/domain/people/session-user";
import type { AnyTRPCProcedure } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "./patient-router";
import { staffRouter } from "./staff-router";
import { addCalendarDays, todayInZone, toZonedIsoString, wallClockToInstant } from "@clinic/domain/time/zoned-time";
import { articleRevisions, providers } from "@clinic/db/schema";
import { signPreview } from "@clinic/auth/revalidate-signature";
import { eq } from "drizzle-orm";
import {
  callerFor,
  createAppointment,
  createClinic,
  createLocation,
  createPatient,
  createProvider,
  createScheduleException,
  createService,
  createStaff,
  createWeeklyHours,
  TEST_PREVIEW_SECRET,
  unique,
  type TestClinic,
  type TestPatient,
} from "./testing/fixtures";
import type { ProcedureMeta } from "./trpc";

type Actor = "anonymous" | "patientA" | "patientB" | StaffRole;
type Outcome = "allowed" | "UNAUTHORIZED" | "FORBIDDEN" | "BAD_REQUEST";
type Entry = {
  outcomes: Record<Actor, Outcome>;
  input?: (clinic: TestClinic, actor: Actor) => unknown;
  /** For patient-owned data: what an allowed actor gets back is theirs, never the other patient's. */
  check?: (result: unknown, clinic: TestClinic, actor: Actor) => void;
};

const ACTORS: Actor[] = ["anonymous", "patientA", "patientB", ...STAFF_ROLES];

const anyone: Record<Actor, Outcome> = Object.fromEntries(ACTORS.map((actor) => [actor, "allowed"])) as Record<Actor, Outcome>;
const patientsOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  patientA: "allowed",
  patientB: "allowed",
  admin: "FORBIDDEN",
  provider: "FORBIDDEN",
  front_desk: "FORBIDDEN",
  content_editor: "FORBIDDEN",
};
function staffOnly(roles: readonly StaffRole[]): Record<Actor, Outcome> {
  return {
    anonymous: "UNAUTHORIZED",
    patientA: "FORBIDDEN",
    patientB: "FORBIDDEN",
    ...(Object.fromEntries(STAFF_ROLES.map((role) => [role, roles.includes(role) ? "allowed" : "FORBIDDEN"])) as Record<StaffRole, Outcome>),
  };
}

function ownPatient(clinic: TestClinic, actor: Actor) {
  if (actor === "patientA") return { own: clinic.patientA, other: clinic.patientB };
  if (actor === "patientB") return { own: clinic.patientB, other: clinic.patientA };
  throw new Error(`${actor} is not a patient`);
}

/** A bookable start at Downtown Austin (America/Chicago), `days` ahead at wall-clock `time`. */
function downtownStart(days: number, time: string): string {
  const zone = "America/Chicago";
  return toZonedIsoString(wallClockToInstant(addCalendarDays(todayInZone(zone), days), time, zone), zone);
}

/** Appointments made in beforeAll beside the clinic's, for procedures that change them. */
const extra = {
  cancellable: { patientA: "", patientB: "" },
  pendingTimeOff: "",
  settings: { serviceId: "", providerId: "", locationId: "" },
  previewRevisionId: "",
  invitations: { resend: "", revoke: "" },
};

function ownAppointmentId(clinic: TestClinic, actor: Actor): string {
  // Staff and anonymous send patient A's id too, so only authorization can refuse them.
  return actor === "patientB" ? clinic.appointments.b.id : clinic.appointments.a.id;
}

/** One entry per procedure of the patient router; a new procedure without an entry fails below. */
const patientMatrix: Record<string, Entry> = {
  "clinic.info": { outcomes: anyone },
  "services.list": { outcomes: anyone },
  "providers.list": { outcomes: anyone },
  "locations.list": { outcomes: anyone },
  "articles.list": { outcomes: anyone },
  "articles.bySlug": { outcomes: anyone, input: (clinic) => ({ slug: clinic.articles.published.slug }) },
  "articles.search": { outcomes: anyone, input: () => ({ q: "back pain" }) },
  "articles.preview": {
    outcomes: anyone,
    input: () => ({ token: signPreview(TEST_PREVIEW_SECRET, extra.previewRevisionId, Date.now() + 60_000) }),
    check: (result) => expect(result).toMatchObject({ number: 1, state: "draft" }),
  },
  "articles.moved": { outcomes: anyone, input: (clinic) => ({ slug: clinic.articles.published.slug }), check: (result) => expect(result).toEqual({ slug: null }) },
  "media.original": { outcomes: anyone, input: () => ({ sha256: "0".repeat(64) }), check: (result) => expect(result).toBeNull() },
  "account.signUp": {
    outcomes: anyone,
    input: (_clinic, actor) => ({ name: "New Patient", email: `new-${actor}-${unique()}@example.test`, password: "a sturdy passphrase" }),
  },
  "account.verifyEmail": {
    // A made-up link: everyone reaches the check, and everyone is refused by it, not by a role.
    outcomes: Object.fromEntries(ACTORS.map((actor) => [actor, "BAD_REQUEST"])) as Record<Actor, Outcome>,
    input: () => ({ token: `no-such-link-${unique()}` }),
  },
  "account.resendVerification": {
    outcomes: patientsOnly,
    input: () => ({}),
    check: (result) => expect(result).toEqual({ status: "already_verified" }),
  },
  "account.requestPasswordReset": {
    outcomes: anyone,
    input: (_clinic, actor) => ({ email: `forgot-${actor}-${unique()}@example.test` }),
    check: (result) => expect(result).toEqual({ status: "sent" }),
  },
  "account.resetPassword": {
    outcomes: Object.fromEntries(ACTORS.map((actor) => [actor, "BAD_REQUEST"])) as Record<Actor, Outcome>,
    input: () => ({ token: `no-such-link-${unique()}`, password: "a sturdy passphrase" }),
  },
  "account.changePassword": {
    // The fixtures' password is not "wrong password", so an allowed caller reaches the check and is refused by it.
    outcomes: { ...patientsOnly, patientA: "BAD_REQUEST", patientB: "BAD_REQUEST" },
    input: () => ({ currentPassword: "wrong password", newPassword: "a sturdy passphrase" }),
  },
  "account.sessions": { outcomes: patientsOnly, check: (result) => expect(result).toEqual([]) },
  "account.endSession": {
    outcomes: patientsOnly,
    input: () => ({ sessionId: "00000000-0000-4000-8000-000000000000" }),
    check: (result) => expect(result).toEqual({ ended: false }),
  },
  "account.endOtherSessions": { outcomes: patientsOnly, check: (result) => expect(result).toMatchObject({ sessionsEnded: expect.any(Number) }) },
  "profile.me": {
    outcomes: patientsOnly,
    check: (result, clinic, actor) => {
      const { own, other } = ownPatient(clinic, actor);
      expect(result).toMatchObject({ email: own.email });
      expect(JSON.stringify(result)).not.toContain(other.email);
    },
  },
  "profile.updateContact": {
    outcomes: patientsOnly,
    // Staff and anonymous send a valid body too, so only authorization can refuse them.
    input: () => ({ name: "Changed Name", phone: "(512) 555-0199", dateOfBirth: null }),
    check: (result, clinic, actor) => {
      const { own, other } = ownPatient(clinic, actor);
      expect(result).toMatchObject({ email: own.email, name: "Changed Name" });
      expect(JSON.stringify(result)).not.toContain(other.email);
    },
  },
  "appointments.mine": {
    outcomes: patientsOnly,
    check: (result, clinic, actor) => {
      const mine = [ownAppointmentId(clinic, actor), extra.cancellable[actor === "patientB" ? "patientB" : "patientA"]];
      const { upcoming, past } = result as { upcoming: { id: string }[]; past: { id: string }[] };
      expect([...upcoming, ...past].map((a) => a.id)).toEqual(mine);
    },
  },
  "availability.options": {
    outcomes: anyone,
    input: (clinic) => ({ serviceId: clinic.service.id }),
    check: (result, clinic) => expect(result).toMatchObject({ service: { id: clinic.service.id } }),
  },
  "availability.search": {
    outcomes: anyone,
    input: (clinic) => {
      const from = addCalendarDays(todayInZone("America/Chicago"), 3);
      return { serviceId: clinic.service.id, locationId: clinic.locations.downtown.id, providerId: clinic.provider.id, from, to: from };
    },
    check: (result) => expect((result as { days: { slots: unknown[] }[] }).days[0]!.slots.length).toBeGreaterThan(0),
  },
  "appointments.byId": {
    outcomes: patientsOnly,
    input: (clinic, actor) => ({ id: ownAppointmentId(clinic, actor) }),
    check: (result, clinic, actor) => expect(result).toMatchObject({ id: ownAppointmentId(clinic, actor) }),
  },
  "appointments.book": {
    outcomes: patientsOnly,
    input: (clinic, actor) => ({
      serviceId: clinic.service.id,
      locationId: clinic.locations.downtown.id,
      providerId: clinic.provider.id,
      start: downtownStart(5, actor === "patientB" ? "13:00" : "10:00"),
      idempotencyKey: `matrix-${actor}-${unique()}`,
    }),
    check: (result, _clinic, actor) =>
      expect(result).toMatchObject({ status: "booked", startsAt: new Date(downtownStart(5, actor === "patientB" ? "13:00" : "10:00")) }),
  },
  "appointments.cancel": {
    outcomes: patientsOnly,
    input: (_clinic, actor) => ({ id: extra.cancellable[actor === "patientB" ? "patientB" : "patientA"] }),
    check: (result) => expect(result).toMatchObject({ status: "cancelled" }),
  },
  "appointments.reschedule": {
    outcomes: patientsOnly,
    input: (clinic, actor) => ({ id: ownAppointmentId(clinic, actor), start: downtownStart(12, actor === "patientB" ? "14:00" : "10:00") }),
    check: (result, clinic, actor) => expect(result).toMatchObject({ id: ownAppointmentId(clinic, actor), status: "booked" }),
  },
  "appointments.ics": {
    outcomes: patientsOnly,
    input: (clinic, actor) => ({ id: ownAppointmentId(clinic, actor) }),
    check: (result, clinic, actor) => expect((result as { content: string }).content).toContain(`UID:${ownAppointmentId(clinic, actor)}@`),
  },
};

/** Admin and front desk see the clinic's provider among others; the provider log-in (linked in beforeAll) sees only their own column. */
function calendarCheck(result: unknown, clinic: TestClinic, actor: Actor) {
  const { providers } = result as { providers: { id: string }[] };
  if (actor === "provider") expect(providers.map((provider) => provider.id)).toEqual([clinic.provider.id]);
  else expect(providers.map((provider) => provider.id)).toContain(clinic.provider.id);
}

const staffMatrix: Record<string, Entry> = {
  me: { outcomes: staffOnly(STAFF_ROLES) },
  "dashboard.summary": { outcomes: staffOnly(["admin", "front_desk", "provider"]) },
  "dashboard.insights": {
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    // The provider log-in is the clinic's provider (linked in beforeAll): their own figures only.
    check: (result, clinic, actor) => {
      const names = (result as { utilisation: { providers: { id: string }[] } }).utilisation.providers.map((p) => p.id);
      if (actor === "provider") expect(names).toEqual([clinic.provider.id]);
      else expect(names).toContain(clinic.provider.id);
    },
  },
  "patients.search": { outcomes: staffOnly(["admin", "front_desk", "provider"]), input: () => ({ query: "Avery" }) },
  "patients.detail": {
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    input: (clinic) => ({ patientId: clinic.patientA.patientId }),
  },
  "outbox.list": { outcomes: staffOnly(["admin"]), input: () => ({ page: 1, pageSize: 20 }) },
  "calendar.day": {
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    input: (clinic) => ({ locationId: clinic.locations.downtown.id, date: addCalendarDays(todayInZone("America/Chicago"), 3) }),
    check: calendarCheck,
  },
  "calendar.week": {
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    input: (clinic) => ({ locationId: clinic.locations.downtown.id, date: todayInZone("America/Chicago") }),
    check: calendarCheck,
  },
  "calendar.choices": { outcomes: staffOnly(["admin", "front_desk", "provider"]) },
  "schedules.overview": {
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    check: (result, clinic) => expect((result as { providers: { id: string }[] }).providers.map((p) => p.id)).toContain(clinic.provider.id),
  },
  "schedules.preview": {
    outcomes: staffOnly(["admin", "front_desk"]),
    input: (clinic) => ({
      kind: "exception",
      providerId: clinic.provider.id,
      locationId: clinic.locations.downtown.id,
      exception: { kind: "time_off", date: addCalendarDays(todayInZone("America/Chicago"), 20), start: "13:00", end: "14:00" },
    }),
    check: (result) => expect((result as { locations: { lost: number }[] }).locations[0]!.lost).toBeGreaterThan(0),
  },
  "schedules.saveChange": {
    outcomes: staffOnly(["admin", "front_desk"]),
    // Time off at West El Paso, where the provider has no hours: nothing to strand.
    input: (clinic) => ({
      change: {
        kind: "exception",
        providerId: clinic.provider.id,
        locationId: clinic.locations.westElPaso.id,
        exception: { kind: "time_off", date: addCalendarDays(todayInZone("America/Denver"), 21), start: null, end: null },
      },
    }),
    check: (result) => expect(result).toEqual({ kept: 0, cancelled: 0 }),
  },
  "schedules.requestTimeOff": {
    outcomes: staffOnly(["provider"]),
    input: () => ({ locationId: null, exception: { kind: "time_off", date: addCalendarDays(todayInZone("America/Chicago"), 22), start: null, end: null } }),
    check: (result) => expect(result).toMatchObject({ status: "pending" }),
  },
  "schedules.declineTimeOff": {
    outcomes: staffOnly(["admin"]),
    input: () => ({ exceptionId: extra.pendingTimeOff }),
    check: (result) => expect(result).toEqual({ id: extra.pendingTimeOff, status: "declined" }),
  },
  "settings.catalogue": {
    outcomes: staffOnly(STAFF_ROLES),
    check: (result, clinic) => expect((result as { services: { id: string }[] }).services.map((s) => s.id)).toContain(clinic.service.id),
  },
  // The settings writes change rows of their own (made in beforeAll), so the other entries' clinic stays as it was.
  "settings.updateService": {
    outcomes: staffOnly(["admin"]),
    input: () => ({
      id: extra.settings.serviceId,
      name: "Matrix service",
      durationMinutes: 45,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 5,
      minNoticeMinutes: 60,
      bookingHorizonDays: 30,
      slotIntervalMinutes: 15,
      changeCutoffMinutes: 60,
      active: true,
      onlineBookable: true,
    }),
    check: (result) => expect(result).toMatchObject({ id: extra.settings.serviceId, durationMinutes: 45 }),
  },
  "settings.updateProvider": {
    outcomes: staffOnly(["admin"]),
    input: () => ({
      id: extra.settings.providerId,
      name: "Dr. Matrix",
      title: "DO",
      bio: "Sees patients.",
      active: true,
      serviceIds: [extra.settings.serviceId],
      locationIds: [extra.settings.locationId],
    }),
    check: (result) => expect(result).toMatchObject({ serviceIds: [extra.settings.serviceId], locationIds: [extra.settings.locationId] }),
  },
  "settings.setProviderPhoto": {
    outcomes: staffOnly(["admin"]),
    // Refused by the content check (not an image), after the role check let it through.
    input: () => ({ providerId: extra.settings.providerId, imageBase64: Buffer.from("not an image").toString("base64"), alt: "Nothing" }),
    check: (result) => expect(result).toMatchObject({ ok: false, status: 415 }),
  },
  "settings.removeProviderPhoto": {
    outcomes: staffOnly(["admin"]),
    input: () => ({ providerId: extra.settings.providerId }),
    check: (result) => expect(result).toEqual({ ok: true, photo: null }),
  },
  "settings.updateLocation": {
    outcomes: staffOnly(["admin"]),
    input: () => ({
      id: extra.settings.locationId,
      name: "Matrix location",
      addressLine1: "1 Main St",
      addressLine2: null,
      city: "Austin",
      region: "TX",
      postalCode: "78701",
      phone: "(512) 555-0100",
      timeZone: "America/Chicago",
      openingHours: [],
    }),
    check: (result) => expect(result).toMatchObject({ id: extra.settings.locationId, name: "Matrix location" }),
  },
  "patients.create": {
    outcomes: staffOnly(["admin", "front_desk"]),
    input: (_clinic, actor) => ({ name: `Phoned In ${actor} ${unique()}`, dateOfBirth: "1975-03-04", phone: "(512) 555-0150" }),
    check: (result) => expect(result).toMatchObject({ created: true }),
  },
  "patients.updateContact": {
    outcomes: staffOnly(["admin", "front_desk"]),
    input: () => ({ patientId: deskPatient.patientId, name: "Casey Gamma", phone: "(512) 555-0303", dateOfBirth: "1985-05-05" }),
    check: (result) => expect(result).toMatchObject({ name: "Casey Gamma", phone: "(512) 555-0303", dateOfBirth: "1985-05-05" }),
  },
  // The clinic's provider user is not linked to the clinic's provider, so every visit below is
  // another provider's: refused with FORBIDDEN (visits.int.test.ts covers a provider's own visits).
  "visits.availability": {
    outcomes: staffOnly(["admin", "front_desk"]),
    input: (clinic) => {
      const tomorrow = addCalendarDays(todayInZone("America/Chicago"), 1);
      return {
        search: { serviceId: clinic.service.id, locationId: clinic.locations.downtown.id, providerId: clinic.provider.id, from: tomorrow, to: tomorrow },
        overrides: ["minNotice"],
      };
    },
    check: (result) => expect((result as { days: { slots: unknown[] }[] }).days[0]!.slots.length).toBeGreaterThan(0),
  },
  "visits.byId": {
    // The provider log-in is the clinic's provider (linked in beforeAll): their own visits.
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    input: (clinic) => ({ id: clinic.appointments.a.id }),
    check: (result, clinic) => expect(result).toMatchObject({ id: clinic.appointments.a.id, patient: { id: clinic.patientA.patientId } }),
  },
  "visits.checkIn": {
    // The provider log-in is the clinic's provider (linked in beforeAll): their own visits.
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    input: (_clinic, actor) => ({ id: visitFor("checkIn", actor) }),
    check: (result) => expect(result).toMatchObject({ status: "checked_in" }),
  },
  "visits.complete": {
    // The provider log-in is the clinic's provider (linked in beforeAll): their own visits.
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    input: (_clinic, actor) => ({ id: visitFor("complete", actor) }),
    check: (result) => expect(result).toMatchObject({ status: "completed" }),
  },
  "visits.markNoShow": {
    // The provider log-in is the clinic's provider (linked in beforeAll): their own visits.
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    input: (_clinic, actor) => ({ id: visitFor("markNoShow", actor) }),
    check: (result) => expect(result).toMatchObject({ status: "no_show" }),
  },
  "visits.cancel": {
    outcomes: staffOnly(["admin", "front_desk"]),
    input: (_clinic, actor) => ({ id: visitFor("cancel", actor), reason: "The provider is ill." }),
    check: (result) => expect(result).toMatchObject({ status: "cancelled", cancellationReason: "The provider is ill." }),
  },
  "visits.reschedule": {
    outcomes: staffOnly(["admin", "front_desk"]),
    input: (_clinic, actor) => ({ id: visitFor("reschedule", actor), start: downtownStart(25, actor === "front_desk" ? "15:00" : "14:00") }),
    check: (result, _clinic, actor) =>
      expect(result).toMatchObject({ status: "booked", startsAt: new Date(downtownStart(25, actor === "front_desk" ? "15:00" : "14:00")) }),
  },
  "visits.bookForPatient": {
    outcomes: staffOnly(["admin", "front_desk"]),
    input: (clinic, actor) => ({
      patientId: deskPatient.patientId,
      serviceId: clinic.service.id,
      locationId: clinic.locations.downtown.id,
      providerId: clinic.provider.id,
      start: downtownStart(6, actor === "front_desk" ? "11:00" : "09:00"),
      idempotencyKey: `matrix-desk-${actor}-${unique()}`,
    }),
    check: (result, _clinic, actor) =>
      expect(result).toMatchObject({ status: "booked", startsAt: new Date(downtownStart(6, actor === "front_desk" ? "11:00" : "09:00")) }),
  },
  "audit.list": {
    outcomes: staffOnly(["admin"]),
    input: (clinic) => ({ patientId: clinic.patientA.patientId, from: todayInZone("America/Chicago"), to: todayInZone("America/Chicago") }),
  },
  "myAccount.changePassword": {
    outcomes: { ...staffOnly(STAFF_ROLES), ...(Object.fromEntries(STAFF_ROLES.map((role) => [role, "BAD_REQUEST"])) as Record<StaffRole, Outcome>) },
    input: () => ({ currentPassword: "wrong password", newPassword: "a sturdy passphrase" }),
  },
  "myAccount.sessions": { outcomes: staffOnly(STAFF_ROLES), check: (result) => expect(result).toEqual([]) },
  "myAccount.endSession": {
    outcomes: staffOnly(STAFF_ROLES),
    input: () => ({ sessionId: "00000000-0000-4000-8000-000000000000" }),
    check: (result) => expect(result).toEqual({ ended: false }),
  },
  "myAccount.endOtherSessions": { outcomes: staffOnly(STAFF_ROLES), check: (result) => expect(result).toMatchObject({ sessionsEnded: expect.any(Number) }) },
  "staffAccounts.list": {
    outcomes: staffOnly(["admin"]),
    check: (result, clinic) => expect((result as { id: string }[]).map((a) => a.id)).toContain(clinic.staff.front_desk.id),
  },
  "staffAccounts.change": {
    outcomes: staffOnly(["admin"]),
    // Enabling an enabled account changes nothing, so the other entries keep their users.
    input: (clinic) => ({ kind: "enable", userId: clinic.staff.content_editor.id }),
  },
  "library.list": {
    outcomes: staffOnly(["admin", "provider", "content_editor"]),
    check: (result, clinic) => expect((result as { id: string }[]).map((a) => a.id)).toContain(clinic.articles.draft.id),
  },
  "library.get": {
    outcomes: staffOnly(["admin", "provider", "content_editor"]),
    input: (clinic) => ({ id: clinic.articles.published.id }),
    check: (result, clinic) => expect(result).toMatchObject({ id: clinic.articles.published.id, latest: { number: 1 } }),
  },
  "library.reviewsDue": { outcomes: staffOnly(["admin", "provider", "content_editor"]) },
  "library.create": {
    outcomes: staffOnly(["admin", "content_editor"]),
    input: (_clinic, actor) => ({ draft: libraryDraft(`matrix-create-${actor.replace("_", "-").toLowerCase()}`) }),
    check: (result) => expect(result).toMatchObject({ status: "draft", revisionNumber: 1 }),
  },
  "library.importDraft": {
    outcomes: staffOnly(["admin", "content_editor"]),
    input: (_clinic, actor) => ({ text: `Matrix import ${actor}\n\nPasted from a page.\n\nSection\n\n- One item`, kind: "page" as const }),
    check: (result) => expect(result).toMatchObject({ status: "draft", revisionNumber: 1 }),
  },
  "library.uploadImage": {
    outcomes: staffOnly(["admin", "content_editor"]),
    // Refused by the content check (not an image), after the role check let it through.
    input: () => ({ imageBase64: Buffer.from("not an image").toString("base64"), alt: "Nothing" }),
    check: (result) => expect(result).toMatchObject({ ok: false, status: 415 }),
  },
  "library.image": { outcomes: staffOnly(["admin", "provider", "content_editor"]), input: () => ({ sha256: "0".repeat(64) }), check: (result) => expect(result).toBeNull() },
  "library.save": {
    outcomes: staffOnly(["admin", "content_editor"]),
    input: (_clinic, actor) => ({ ...libraryArticle("save", actor), draft: libraryDraft(libraryArticle("save", actor).slug) }),
    check: (result) => expect(result).toMatchObject({ revisionNumber: 2 }),
  },
  "library.restore": {
    outcomes: staffOnly(["admin", "content_editor"]),
    input: (_clinic, actor) => ({ ...libraryStep("restore", actor), number: 1 }),
    check: (result) => expect(result).toMatchObject({ revisionNumber: 2 }),
  },
  "library.submit": {
    outcomes: staffOnly(["admin", "content_editor"]),
    input: (_clinic, actor) => libraryStep("submit", actor),
    check: (result) => expect(result).toMatchObject({ status: "in_review" }),
  },
  "library.sendBack": {
    outcomes: staffOnly(["admin", "provider"]),
    input: (_clinic, actor) => libraryStep("sendBack", actor),
    check: (result) => expect(result).toMatchObject({ status: "draft" }),
  },
  "library.approve": {
    outcomes: staffOnly(["admin", "provider"]),
    input: (_clinic, actor) => libraryStep("approve", actor),
    check: (result) => expect(result).toMatchObject({ status: "published" }),
  },
  "library.archive": {
    outcomes: staffOnly(["admin", "content_editor"]),
    input: (_clinic, actor) => libraryStep("archive", actor),
    check: (result) => expect(result).toMatchObject({ status: "archived" }),
  },
  "staffAccounts.invite": {
    outcomes: staffOnly(["admin"]),
    input: (_clinic, actor) => ({ email: `invitee-${actor}-${unique()}@example.test`, name: "Invited Person", role: "front_desk" }),
    check: (result) => expect(result).toMatchObject({ invitationId: expect.any(String) }),
  },
  "staffAccounts.invitations": {
    outcomes: staffOnly(["admin"]),
    check: (result) => expect((result as { invitations: { id: string }[] }).invitations.map((i) => i.id)).toContain(extra.invitations.resend),
  },
  "staffAccounts.resendInvitation": {
    outcomes: staffOnly(["admin"]),
    input: () => ({ invitationId: extra.invitations.resend }),
  },
  "staffAccounts.revokeInvitation": {
    outcomes: staffOnly(["admin"]),
    input: () => ({ invitationId: extra.invitations.revoke }),
  },
  "audit.export": {
    outcomes: staffOnly(["admin"]),
    input: () => ({ from: todayInZone("America/Chicago"), to: todayInZone("America/Chicago") }),
    check: (result) => expect((result as { csv: string }).csv).toMatch(/^occurred_at,action,/),
  },
};

/** One visit per staff role and action, in the status the action starts from (made in beforeAll). */
const VISIT_ACTIONS_IN_MATRIX = ["checkIn", "complete", "markNoShow", "cancel", "reschedule"] as const;
type MatrixVisitAction = (typeof VISIT_ACTIONS_IN_MATRIX)[number];
let deskPatient: TestPatient;
const visitsByAction = {} as Record<MatrixVisitAction, Partial<Record<Actor, string>>>;
function visitFor(action: MatrixVisitAction, actor: Actor): string {
  // Refused actors send the admin's visit, so only authorization can refuse them.
  return visitsByAction[action][actor] ?? visitsByAction[action].admin!;
}

/** One article per staff role and library step, in the state the step starts from (made in beforeAll by another editor). */
const LIBRARY_STEPS = ["save", "restore", "submit", "sendBack", "approve", "archive"] as const;
type LibraryStep = (typeof LIBRARY_STEPS)[number];
const libraryArticles = {} as Record<LibraryStep, Partial<Record<Actor, { id: string; version: number; slug: string }>>>;
function libraryArticle(step: LibraryStep, actor: Actor) {
  // Refused actors send the admin's article, so only authorization can refuse them.
  return libraryArticles[step][actor] ?? libraryArticles[step].admin!;
}
function libraryStep(step: LibraryStep, actor: Actor) {
  const { id, version } = libraryArticle(step, actor);
  return { id, version };
}
function libraryDraft(slug: string) {
  return { title: `Matrix ${slug}`, slug, kind: "page" as const, summary: "A clinic page.", bodyMarkdown: "Text.", relatedServiceIds: [], relatedArticleIds: [], citations: [] };
}

let testDb: TestDatabase;
let clinic: TestClinic;

beforeAll(async () => {
  testDb = await createTestDatabase();
  clinic = await createClinic(testDb.db);
  // Weekly hours make the clinic's provider bookable at Downtown Austin every day.
  for (let weekday = 1; weekday <= 7; weekday++) {
    await createWeeklyHours(testDb.db, {
      providerId: clinic.provider.id,
      locationId: clinic.locations.downtown.id,
      weekday,
      start: "09:00",
      end: "17:00",
    });
  }
  for (const [actor, patient] of [["patientA", clinic.patientA], ["patientB", clinic.patientB]] as const) {
    const appointment = await createAppointment(testDb.db, {
      patientId: patient.patientId,
      providerId: clinic.provider.id,
      serviceId: clinic.service.id,
      locationId: clinic.locations.downtown.id,
      startsAt: new Date(downtownStart(actor === "patientB" ? 16 : 15, "09:00")),
    });
    extra.cancellable[actor] = appointment.id;
  }
  // The provider log-in is the clinic's provider, so "own schedule" procedures have one.
  await testDb.db.update(providers).set({ userId: clinic.staff.provider.id }).where(eq(providers.id, clinic.provider.id));
  extra.pendingTimeOff = (
    await createScheduleException(testDb.db, {
      providerId: clinic.provider.id,
      date: addCalendarDays(todayInZone("America/Chicago"), 23),
      kind: "time_off",
      status: "pending",
    })
  ).id;
  extra.settings = {
    serviceId: (await createService(testDb.db)).id,
    providerId: (await createProvider(testDb.db)).id,
    locationId: (await createLocation(testDb.db)).id,
  };
  const [draftRevision] = await testDb.db.select({ id: articleRevisions.id }).from(articleRevisions).where(eq(articleRevisions.articleId, clinic.articles.draft.id));
  extra.previewRevisionId = draftRevision!.id;
  const libraryAuthor = callerFor(testDb.db, await createStaff(testDb.db, "content_editor")).staff.library;
  const libraryReviewer = callerFor(testDb.db, await createStaff(testDb.db, "admin")).staff.library;
  for (const step of LIBRARY_STEPS) {
    libraryArticles[step] = {};
    for (const role of STAFF_ROLES) {
      const slug = `matrix-${step.toLowerCase()}-${role.replace("_", "-")}`;
      let written = await libraryAuthor.create({ draft: libraryDraft(slug) });
      if (step === "sendBack" || step === "approve" || step === "archive") written = await libraryAuthor.submit({ id: written.id, version: written.version });
      if (step === "archive") written = await libraryReviewer.approve({ id: written.id, version: written.version });
      libraryArticles[step][role] = { id: written.id, version: written.version, slug };
    }
  }
  const invitations = callerFor(testDb.db, clinic.staff.admin).staff.staffAccounts;
  for (const which of ["resend", "revoke"] as const) {
    extra.invitations[which] = (await invitations.invite({ email: `matrix-${which}-${unique()}@example.test`, name: "Matrix Invitee", role: "content_editor" })).invitationId;
  }
  // A third patient holds the staff matrix's visits, so patients A and B's own lists stay as checked above.
  deskPatient = await createPatient(testDb.db, { name: "Casey Gamma" });
  const times = ["09:00", "10:30", "12:00", "13:30"];
  for (const [actionIndex, action] of VISIT_ACTIONS_IN_MATRIX.entries()) {
    visitsByAction[action] = {};
    for (const [roleIndex, role] of STAFF_ROLES.entries()) {
      const visit = await createAppointment(testDb.db, {
        patientId: deskPatient.patientId,
        providerId: clinic.provider.id,
        serviceId: clinic.service.id,
        locationId: clinic.locations.downtown.id,
        startsAt: new Date(downtownStart(20 + actionIndex, times[roleIndex]!)),
        status: action === "complete" ? "checked_in" : "booked",
      });
      visitsByAction[action][role] = visit.id;
    }
  }
});
afterAll(() => testDb.drop());

function userOf(actor: Actor): SessionUser | null {
  if (actor === "anonymous") return null;
  if (actor === "patientA") return clinic.patientA.session;
  if (actor === "patientB") return clinic.patientB.session;
  return clinic.staff[actor];
}

/** Calls `path` ("profile.me") on a caller proxy. */
function callByPath(caller: object, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

function proceduresOf(router: { _def: { procedures: object } }): Record<string, AnyTRPCProcedure> {
  return router._def.procedures as Record<string, AnyTRPCProcedure>;
}

const routers = [
  { name: "patient router", procedures: proceduresOf(patientRouter), matrix: patientMatrix, side: "patient" as const },
  { name: "staff router", procedures: proceduresOf(staffRouter), matrix: staffMatrix, side: "staff" as const },
];

describe.each(routers)("$name", ({ procedures, matrix, side }) => {
  it("has a matrix entry for every procedure and none for procedures it lacks", () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(procedures).sort());
  });

  describe.each(Object.keys(procedures))("%s", (path) => {
    it.each(ACTORS)("as %s", async (actor) => {
      const entry = matrix[path];
      if (!entry) throw new Error(`No authorization matrix entry for ${path}: add one.`);
      const caller = callerFor(testDb.db, userOf(actor));
      const call = callByPath(side === "patient" ? caller.patient : caller.staff, path, entry.input?.(clinic, actor));
      const expected = entry.outcomes[actor];
      if (expected === "allowed") {
        const result = await call;
        entry.check?.(result, clinic, actor);
      } else {
        await expect(call).rejects.toMatchObject({ code: expected });
      }
    });
  });
});

describe("router separation", () => {
  const audienceOf = (procedure: AnyTRPCProcedure) => (procedure._def.meta as ProcedureMeta | undefined)?.audience;

  it("the patient router holds no staff procedure", () => {
    for (const [path, procedure] of Object.entries(proceduresOf(patientRouter))) {
      expect([path, audienceOf(procedure)]).toEqual([path, expect.stringMatching(/^(public|patient)$/)]);
    }
  });

  it("the staff router holds only staff procedures", () => {
    for (const [path, procedure] of Object.entries(proceduresOf(staffRouter))) {
      expect([path, audienceOf(procedure)]).toEqual([path, "staff"]);
    }
  });

  it("no path exists in both routers", () => {
    const staffPaths = new Set(Object.keys(proceduresOf(staffRouter)));
    expect(Object.keys(proceduresOf(patientRouter)).filter((path) => staffPaths.has(path))).toEqual([]);
  });
});
