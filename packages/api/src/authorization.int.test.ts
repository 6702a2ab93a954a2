import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import { STAFF_ROLES, type StaffRole } from "@clinic/domain/people/roles";
import type { SessionUser } from "@clinic/domain/people/session-user";
import type { AnyTRPCProcedure } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patientRouter } from "./patient-router";
import { staffRouter } from "./staff-router";
import { addCalendarDays, todayInZone, toZonedIsoString, wallClockToInstant } from "@clinic/domain/time/zoned-time";
import { callerFor, createAppointment, createClinic, createWeeklyHours, unique, type TestClinic } from "./testing/fixtures";
import type { ProcedureMeta } from "./trpc";

type Actor = "anonymous" | "patientA" | "patientB" | StaffRole;
type Outcome = "allowed" | "UNAUTHORIZED" | "FORBIDDEN";
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
const extra = { cancellable: { patientA: "", patientB: "" } };

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
  "account.signUp": {
    outcomes: anyone,
    input: (_clinic, actor) => ({ name: "New Patient", email: `new-${actor}-${unique()}@example.test`, password: "a sturdy passphrase" }),
  },
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

const staffMatrix: Record<string, Entry> = {
  me: { outcomes: staffOnly(STAFF_ROLES) },
  "dashboard.summary": { outcomes: staffOnly(["admin", "front_desk", "provider"]) },
  "patients.search": { outcomes: staffOnly(["admin", "front_desk", "provider"]), input: () => ({ query: "Avery" }) },
  "patients.detail": {
    outcomes: staffOnly(["admin", "front_desk", "provider"]),
    input: (clinic) => ({ patientId: clinic.patientA.patientId }),
  },
  "outbox.list": { outcomes: staffOnly(["admin"]), input: () => ({ page: 1, pageSize: 20 }) },
  "audit.list": {
    outcomes: staffOnly(["admin"]),
    input: (clinic) => ({ patientId: clinic.patientA.patientId, from: todayInZone("America/Chicago"), to: todayInZone("America/Chicago") }),
  },
  "staffAccounts.list": {
    outcomes: staffOnly(["admin"]),
    check: (result, clinic) => expect((result as { id: string }[]).map((a) => a.id)).toContain(clinic.staff.front_desk.id),
  },
  "staffAccounts.change": {
    outcomes: staffOnly(["admin"]),
    // Enabling an enabled account changes nothing, so the other entries keep their users.
    input: (clinic) => ({ kind: "enable", userId: clinic.staff.content_editor.id }),
  },
  "audit.export": {
    outcomes: staffOnly(["admin"]),
    input: () => ({ from: todayInZone("America/Chicago"), to: todayInZone("America/Chicago") }),
    check: (result) => expect((result as { csv: string }).csv).toMatch(/^occurred_at,action,/),
  },
};

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
