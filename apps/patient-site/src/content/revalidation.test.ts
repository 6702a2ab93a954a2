import { EVERY_PATIENT_PAGE, REVALIDATE_SIGNATURE_HEADER, signRevalidation } from "@clinic/auth/revalidate-signature";
import { describe, expect, it } from "vitest";
import { handleRevalidation, MAX_REVALIDATION_BYTES } from "./revalidation";

const SECRET = "a-revalidation-secret-of-32-chars-or-more";

function post(body: string, signature?: string): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== undefined) headers[REVALIDATE_SIGNATURE_HEADER] = signature;
  return new Request("http://localhost:3000/api/revalidate", { method: "POST", body, headers });
}

async function run(request: Request, secret: string | undefined) {
  const refreshed: string[] = [];
  const response = await handleRevalidation(request, secret, (path) => refreshed.push(path));
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, refreshed };
}

describe("POST /api/revalidate", () => {
  it("refreshes the named paths when the body is signed with the shared secret", async () => {
    const body = JSON.stringify({ paths: ["/health-library", "/health-library/upper-back-pain", "/health-library"] });
    const result = await run(post(body, signRevalidation(SECRET, body)), SECRET);
    expect(result.status).toBe(200);
    expect(result.refreshed).toEqual(["/health-library", "/health-library/upper-back-pain"]);
  });

  it("passes on the every-page path the staff settings send", async () => {
    const body = JSON.stringify({ paths: [EVERY_PATIENT_PAGE] });
    const result = await run(post(body, signRevalidation(SECRET, body)), SECRET);
    expect(result.refreshed).toEqual([EVERY_PATIENT_PAGE]);
  });

  it("refuses a missing, wrong or other-secret signature with 401 and refreshes nothing", async () => {
    const body = JSON.stringify({ paths: ["/"] });
    for (const signature of [undefined, "", "zz", signRevalidation("another-secret-of-thirty-two-chars!!", body)]) {
      const result = await run(post(body, signature), SECRET);
      expect(result.status).toBe(401);
      expect(result.refreshed).toEqual([]);
    }
    // A signature of one body does not cover another.
    const signedElsewhere = signRevalidation(SECRET, JSON.stringify({ paths: ["/a"] }));
    expect((await run(post(body, signedElsewhere), SECRET)).status).toBe(401);
  });

  it("answers 413 for a body over the limit, before checking anything else", async () => {
    const body = JSON.stringify({ paths: ["/" + "a".repeat(MAX_REVALIDATION_BYTES)] });
    const result = await run(post(body, signRevalidation(SECRET, body)), SECRET);
    expect(result.status).toBe(413);
    expect(result.refreshed).toEqual([]);
  });

  it("answers 400 with a sentence for signed bodies that name no usable paths", async () => {
    for (const body of ["not json", JSON.stringify({ paths: [] }), JSON.stringify({ paths: ["https://evil.example/"] })]) {
      const result = await run(post(body, signRevalidation(SECRET, body)), SECRET);
      expect(result.status).toBe(400);
      expect(result.body.error).toMatch(/\.$/);
    }
  });

  it("answers 503 when the server has no secret configured", async () => {
    expect((await run(post("{}", "x"), undefined)).status).toBe(503);
  });
});
