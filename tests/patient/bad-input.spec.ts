import { expect, test, type APIResponse } from "@playwright/test";

// The production build, from outside: refusals are 4xx with one sentence, never a stack or a file path.
type ErrorBody = { error: { json: { message: string; data: Record<string, unknown> } } };

async function expectSentenceRefusal(response: APIResponse, status: number): Promise<string> {
  expect(response.status()).toBe(status);
  const text = await response.text();
  expect(text).not.toMatch(/\.(ts|js|mjs)\b|node_modules|\/work\/|"stack"|\bat [\w.<>]+ \(/);
  const { message } = (JSON.parse(text) as ErrorBody).error.json;
  expect(message).toMatch(/^[A-Z][^{}[\]]*[.!?]$/);
  return message;
}

const search = (from: string, to: string) =>
  `/api/trpc/availability.search?input=${encodeURIComponent(
    JSON.stringify({ json: { serviceId: crypto.randomUUID(), locationId: crypto.randomUUID(), providerId: "any", from, to } }),
  )}`;

test("dates at the calendar's edges answer 400, not 500", async ({ request }) => {
  for (const [from, to] of [
    ["0000-01-01", "0000-01-02"],
    ["9999-12-30", "9999-12-31"],
  ] as const) {
    await expectSentenceRefusal(await request.get(search(from, to)), 400);
  }
});

test("a NUL in free text answers 400 with a sentence", async ({ request }) => {
  const body = { json: { name: "Nul\u0000Person", email: "nul.person@example.com", password: "a long enough passphrase" } };
  const message = await expectSentenceRefusal(await request.post("/api/trpc/account.signUp", { data: body }), 400);
  expect(message).toMatch(/control characters/);
});

test("a batch of 500 calls and a 25 MB body are refused before they run", async ({ request }) => {
  const paths = Array.from({ length: 500 }, () => "services.list").join(",");
  await expectSentenceRefusal(await request.get(`/api/trpc/${paths}?batch=1&input=%7B%7D`), 400);
  const huge = Buffer.alloc(25 * 1024 * 1024, 0x20);
  await expectSentenceRefusal(await request.post("/api/trpc/account.signUp", { data: huge, headers: { "content-type": "application/json" } }), 413);
});

test("malformed superjson meta answers 400 with a sentence, and the server answers normally afterwards", async ({ request }) => {
  const bigint = { json: "abc", meta: { values: ["bigint"] } };
  await expectSentenceRefusal(await request.post("/api/trpc/account.signUp", { data: bigint }), 400);
  await expectSentenceRefusal(await request.post("/api/trpc/account.signUp", { data: "{not json", headers: { "content-type": "application/json" } }), 400);
  expect((await request.get("/api/trpc/services.list")).status()).toBe(200);
});
