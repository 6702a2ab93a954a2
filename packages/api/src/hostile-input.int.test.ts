import { createTestDatabase, type TestDatabase } from "@clinic/db/testing";
import type { SessionUser } from "@clinic/domain/people/session-user";
import { CONTROL_CHARACTER_MESSAGE } from "@clinic/domain/text/free-text";
import { DATE_RANGE_MESSAGE } from "@clinic/domain/time/date-bounds";
import type { AnyTRPCProcedure, AnyTRPCRouter } from "@trpc/server";
import fc from "fast-check";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_TOO_LARGE_MESSAGE, MAX_BATCH_CALLS, TOO_MANY_CALLS_MESSAGE } from "./http-limits";
import { patientRouter } from "./patient-router";
import { trpcRouteHandler } from "./route-handler";
import { staffRouter } from "./staff-router";
import { createClinic, type TestClinic } from "./testing/fixtures";
import { UNREADABLE_REQUEST_MESSAGE } from "./trpc";

// Everything here goes through the apps' route handler (limits, tRPC, error formatter), as a browser would.
let testDb: TestDatabase;
let clinic: TestClinic;
beforeAll(async () => {
  testDb = await createTestDatabase();
  clinic = await createClinic(testDb.db);
});
afterAll(() => testDb.drop());

type Answer = { status: number; body: { error?: { json: { message: string; data: Record<string, unknown> } } } | Array<unknown> };

async function send(router: AnyTRPCRouter, user: SessionUser | null, request: Request): Promise<Answer> {
  const response = await trpcRouteHandler(router, async () => user, testDb.db)(request);
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

function requestFor(path: string, type: "query" | "mutation", input: unknown): Request {
  const url = `http://localhost/api/trpc/${path}`;
  const encoded = encode(input) ?? "";
  return type === "query"
    ? new Request(`${url}?input=${encodeURIComponent(encoded)}`)
    : new Request(url, { method: "POST", body: encoded, headers: { "content-type": "application/json" } });
}

/** superjson's encoding, or null for values superjson itself refuses to send (e.g. a "prototype" key). */
function encode(input: unknown): string | null {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return null;
  }
}

/** The keys of a procedure's input object, if its schema is one (through optional/nullable wrappers). */
function inputKeys(procedure: AnyTRPCProcedure): string[] {
  let schema = (procedure._def as { inputs: unknown[] }).inputs[0] as { shape?: object; _zod?: { def: { innerType?: unknown } } } | undefined;
  for (let depth = 0; schema && depth < 5; depth++) {
    if (schema.shape) return Object.keys(schema.shape);
    schema = schema._zod?.def.innerType as typeof schema;
  }
  return [];
}

/** Values that broke procedures before (issue 12): the calendar's edges, NUL, absurd numbers, wrong types. */
const EDGE_DATES = ["0000-01-01", "0001-01-01", "0099-12-31", "1899-12-31", "9999-12-30", "9999-12-31", "2027-02-30"];

function hostileValue(known: TestClinic) {
  const edgeDate = fc.constantFrom(...EDGE_DATES, "+275760-09-13");
  const knownIds = fc.constantFrom(known.service.id, known.locations.downtown.id, known.provider.id, known.appointments.a.id, known.articles.published.slug);
  return fc.oneof(
    edgeDate,
    edgeDate.map((date) => `${date}T09:00:00Z`),
    fc.constant("9999-12-31T23:59:59.999+14:00"),
    fc.string().map((text) => `${text}\u0000${text}`),
    fc.string({ maxLength: 2000 }),
    fc.uuid(),
    knownIds,
    fc.constantFrom("any", "", " ", "2027-03-14", "2027-03-14T09:00:00-05:00"),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, -1, 0, 2 ** 53 + 2),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: false }),
    fc.bigInt(),
    fc.array(fc.string(), { maxLength: 4 }),
    fc.object({ maxDepth: 2 }),
  );
}

/** A value each input key accepts, so that one hostile value reaches the code behind validation. */
function plausibleValue(key: string, known: TestClinic): fc.Arbitrary<unknown> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const values: Record<string, fc.Arbitrary<unknown>> = {
    serviceId: fc.constant(known.service.id),
    locationId: fc.constant(known.locations.downtown.id),
    providerId: fc.constantFrom("any", known.provider.id),
    from: fc.constant(day(1)),
    to: fc.constant(day(7)),
    date: fc.constant(day(0)),
    start: fc.constant(`${day(3)}T15:00:00Z`),
    id: fc.constant(known.appointments.a.id),
    reschedulingId: fc.constant(known.appointments.a.id),
    patientId: fc.constant(known.patientA.patientId),
    slug: fc.constant(known.articles.published.slug),
    idempotencyKey: fc.string({ minLength: 8, maxLength: 40 }),
    reason: fc.string({ maxLength: 100 }),
    query: fc.string({ minLength: 2, maxLength: 20 }),
    page: fc.integer({ min: 1, max: 3 }),
    pageSize: fc.constant(20),
    name: fc.string({ minLength: 1, maxLength: 40 }),
    email: fc.emailAddress(),
    password: fc.string({ minLength: 12, maxLength: 40 }),
    phone: fc.constant("(512) 555-0101"),
    dateOfBirth: fc.constant("1980-01-01"),
  };
  return values[key] ?? fc.constant(undefined);
}

/** Every string of `value` with `change` applied (e.g. all dates moved to the calendar's edge together, so range checks between them pass). */
function mapStrings(value: Record<string, unknown>, change: (text: string) => string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, typeof field === "string" ? change(field) : field]));
}

/** Inputs for one procedure: plausible ones with one key made hostile, all dates at one edge, NUL everywhere, or anything at all. */
function hostileInput(keys: string[], known: TestClinic): fc.Arbitrary<unknown> {
  const plausible = fc.record(Object.fromEntries(keys.map((key) => [key, plausibleValue(key, known)])));
  const oneHostile = keys.length === 0 ? plausible : fc.tuple(plausible, fc.constantFrom(...keys), hostileValue(known)).map(([base, key, bad]) => ({ ...base, [key]: bad }));
  const atEdge = fc.tuple(plausible, fc.constantFrom(...EDGE_DATES)).map(([base, edge]) => mapStrings(base, (text) => text.replace(/^\d{4}-\d{2}-\d{2}/, edge)));
  const withNul = plausible.map((base) => mapStrings(base, (text) => `${text}\u0000`));
  return fc.oneof(oneHostile, atEdge, withNul, fc.anything({ maxDepth: 3 }), fc.constant(undefined));
}

const routers = [
  { name: "patient router", router: patientRouter, users: (c: TestClinic) => [null, c.patientA.session, c.staff.admin] },
  { name: "staff router", router: staffRouter, users: (c: TestClinic) => [null, c.patientA.session, c.staff.admin, c.staff.front_desk] },
];

describe.each(routers)("every procedure of the $name, sent hostile input over HTTP", ({ router, users }) => {
  it("answers 2xx or 4xx with one readable sentence, never a 5xx, a stack or a file path", async () => {
    const procedures = Object.entries((router as unknown as { _def: { procedures: Record<string, AnyTRPCProcedure> } })._def.procedures);
    for (const [path, procedure] of procedures) {
      const input = hostileInput(inputKeys(procedure), clinic);
      await fc.assert(
        fc.asyncProperty(input, fc.constantFrom(...users(clinic)), async (generated, user) => {
          fc.pre(encode(generated) !== null);
          const answer = await send(router, user, requestFor(path, procedure._def.type as "query" | "mutation", generated));
          expect([path, answer.status]).toEqual([path, expect.any(Number)]);
          expect(answer.status, `${path} answered ${answer.status}`).toBeLessThan(500);
          const error = Array.isArray(answer.body) ? undefined : answer.body.error?.json;
          if (error) {
            expect(error.message).toMatch(/^[A-Z].*[.!?]$/s);
            expect(error.message).not.toMatch(/\.ts\b|node_modules|\n\s+at |^\[|"code":/);
            expect(error.data).not.toHaveProperty("stack");
          }
        }),
        { numRuns: 30 },
      );
    }
    // And the server still answers normally afterwards.
    const after = await send(patientRouter, null, requestFor("services.list", "query", undefined));
    expect(after.status).toBe(200);
  }, 300_000);
});

describe("refusals the issue reported", () => {
  const search = (from: string, to: string) =>
    requestFor("availability.search", "query", {
      serviceId: clinic.service.id,
      locationId: clinic.locations.downtown.id,
      providerId: "any",
      from,
      to,
    });

  it("dates at the calendar's edges get 400 and the range sentence, in search, book and reschedule", async () => {
    for (const [from, to] of [
      ["0000-01-01", "0000-01-02"],
      ["0099-12-30", "0099-12-31"],
      ["9999-12-30", "9999-12-31"],
    ] as const) {
      const answer = await send(patientRouter, null, search(from, to));
      expect(answer).toMatchObject({ status: 400, body: { error: { json: { message: DATE_RANGE_MESSAGE } } } });
    }
    const book = {
      serviceId: clinic.service.id,
      locationId: clinic.locations.downtown.id,
      providerId: "any",
      start: "9999-12-31T23:30:00Z",
      idempotencyKey: "edge-of-time-1",
    };
    const booked = await send(patientRouter, clinic.patientA.session, requestFor("appointments.book", "mutation", book));
    expect(booked).toMatchObject({ status: 400, body: { error: { json: { message: DATE_RANGE_MESSAGE, data: { zodError: { fieldErrors: { start: [DATE_RANGE_MESSAGE] } } } } } } });
    const moved = await send(
      patientRouter,
      clinic.patientA.session,
      requestFor("appointments.reschedule", "mutation", { id: clinic.appointments.a.id, start: "0001-01-01T00:00:00Z" }),
    );
    expect(moved.status).toBe(400);
  });

  it("a NUL in free text gets 400 naming the field", async () => {
    const answer = await send(patientRouter, null, requestFor("account.signUp", "mutation", { name: "Nul\u0000Person", email: "nul@example.com", password: "a long enough passphrase" }));
    expect(answer).toMatchObject({
      status: 400,
      body: { error: { json: { message: CONTROL_CHARACTER_MESSAGE, data: { zodError: { fieldErrors: { name: [CONTROL_CHARACTER_MESSAGE] } } } } } },
    });
  });

  it("a validation error's message is one sentence, with the field errors beside it", async () => {
    const answer = await send(patientRouter, null, search("2027-03-14", "not a date"));
    expect(answer.status).toBe(400);
    const error = (answer.body as { error: { json: { message: string; data: { zodError: { fieldErrors: Record<string, string[]> } } } } }).error.json;
    expect(error.message).toBe("Use a date like 2027-03-14.");
    expect(Object.keys(error.data.zodError.fieldErrors)).toEqual(["to"]);
    expect(error.data.zodError.fieldErrors.to?.[0]).toBe("Use a date like 2027-03-14.");
  });

  it(`a batch of more than ${MAX_BATCH_CALLS} calls is refused before any runs`, async () => {
    const paths = Array.from({ length: 500 }, () => "services.list").join(",");
    const answer = await send(patientRouter, null, new Request(`http://localhost/api/trpc/${paths}?batch=1&input=%7B%7D`));
    expect(answer).toMatchObject({ status: 400, body: { error: { json: { message: TOO_MANY_CALLS_MESSAGE } } } });
    const allowed = Array.from({ length: MAX_BATCH_CALLS }, () => "services.list").join(",");
    expect((await send(patientRouter, null, new Request(`http://localhost/api/trpc/${allowed}?batch=1&input=%7B%7D`))).status).toBe(200);
  });

  it("a 25 MB body is refused with 413, declared or streamed", async () => {
    const big = new Uint8Array(25 * 1024 * 1024).fill(0x20);
    const declared = new Request("http://localhost/api/trpc/account.signUp", { method: "POST", body: big, headers: { "content-type": "application/json" } });
    expect(await send(patientRouter, null, declared)).toMatchObject({ status: 413, body: { error: { json: { message: BODY_TOO_LARGE_MESSAGE } } } });
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= big.byteLength) return controller.close();
        controller.enqueue(big.subarray(sent, sent + 65_536));
        sent += 65_536;
      },
    });
    const streamed = new Request("http://localhost/api/trpc/account.signUp", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect((await send(patientRouter, null, streamed)).status).toBe(413);
    expect(sent).toBeLessThan(big.byteLength); // stopped reading early
  });

  it("malformed superjson meta gets 400 and a sentence, never a JavaScript error", async () => {
    const post = (body: string) =>
      send(patientRouter, null, new Request("http://localhost/api/trpc/account.signUp", { method: "POST", body, headers: { "content-type": "application/json" } }));
    const unreadable = [
      JSON.stringify({ json: "abc", meta: { values: ["bigint"] } }), // "Cannot convert abc to a BigInt"
      JSON.stringify({ json: { a: 1 }, meta: { values: { a: [["custom", "nope"]] } } }),
      "{not json",
    ];
    for (const body of unreadable) {
      expect(await post(body)).toMatchObject({ status: 400, body: { error: { json: { message: UNREADABLE_REQUEST_MESSAGE } } } });
    }
    const odd = [
      JSON.stringify({ json: { a: { b: 1 } }, meta: { referentialEqualities: { a: ["a.c"] } } }), // a cycle
      `{"json":${"[".repeat(5000)}${"]".repeat(5000)}}`,
    ];
    for (const body of odd) {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).not.toMatch(/Maximum call stack|Cannot convert|Unexpected token|at .*\.(js|ts)/);
    }
  });
});
