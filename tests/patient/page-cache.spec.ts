import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { visitSecured, watchCspViolations } from "../fixtures/security-headers";
import { submitSignIn } from "../fixtures/sign-in";

// Public pages come from the patient site's page cache, restamped with each response's nonce (docs/decisions/0091).

function nonceOf(response: APIResponse): string {
  return /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
}

/** What a browser's document request accepts; client navigations and prefetches accept any type. */
const DOCUMENT = { headers: { accept: "text/html,application/xhtml+xml" } };

/** Every nonce in the document (script tags, the streamed payload, preload links) is this response's own. */
async function expectOwnNonceOnly(response: APIResponse): Promise<void> {
  const nonce = nonceOf(response);
  expect(nonce).not.toBe("");
  const html = await response.text();
  const inDocument = new Set([...html.matchAll(/nonce(?:=\\?"|\\?":\\?")([A-Za-z0-9+/=]+)/g)].map((match) => match[1]));
  expect([...inDocument]).toEqual([nonce]);
  const scripts = (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('type="application/ld+json"'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  const linkNonces = [...(response.headers()["link"] ?? "").matchAll(/nonce="([^"]+)"/g)].map((match) => match[1]);
  expect(linkNonces.filter((other) => other !== nonce)).toEqual([]);
}

async function twice(request: APIRequestContext, path: string): Promise<APIResponse[]> {
  return [await request.get(patientSite(path), DOCUMENT), await request.get(patientSite(path), DOCUMENT)];
}

test("a public page is rendered once and served from the cache, each response with its own nonce on every script", async ({ request }) => {
  const [first, second] = await twice(request, "/health-library/upper-back-pain");
  expect(["hit", "miss"]).toContain(first!.headers()["x-page-cache"]);
  expect(second!.headers()["x-page-cache"]).toBe("hit");
  // Answered by the server in front of Next (apps/patient-site/server.mjs): gzip compressed once, so its length is known.
  expect(second!.headers()["content-encoding"]).toBe("gzip");
  expect(Number(second!.headers()["content-length"])).toBeGreaterThan(1000);

  const third = await request.get(patientSite("/health-library/upper-back-pain"), DOCUMENT);
  const nonces = [first!, second!, third].map(nonceOf);
  expect(new Set(nonces).size).toBe(3);
  for (const response of [first!, second!, third]) await expectOwnNonceOnly(response);
  // The article's headers never set a cookie, cached or not.
  expect(second!.headers()["set-cookie"]).toBeUndefined();

  // An unknown article is rendered anonymously too, answered 404 with its own nonce, and never kept.
  const [missing, again] = await twice(request, "/health-library/no-such-article-in-the-library");
  expect(missing!.status()).toBe(404);
  expect(again!.headers()["x-page-cache"]).toBe("miss");
  await expectOwnNonceOnly(again!);
});

test("searches, client navigations and per-visitor pages are rendered for each request", async ({ request }) => {
  for (const [path, headers] of [
    ["/health-library?q=posture", DOCUMENT.headers],
    ["/services", { RSC: "1" }],
    ["/services", { RSC: "1", "Next-Router-Prefetch": "1" }],
    ["/book", DOCUMENT.headers],
    ["/sign-in", DOCUMENT.headers],
  ] as const) {
    const response = await request.get(patientSite(path), { headers });
    expect(response.headers()["x-page-cache"], path).toBe("bypass");
  }
});

test("a signed-in patient gets their own render with their account links, and signs out from it; then the cache serves them", async ({ page, request }) => {
  const violations = await watchCspViolations(page);
  await submitSignIn(page, "/sign-in", demoAccount("patient"));
  await expect(page).not.toHaveURL(/\/sign-in/);

  // An anonymous visitor (no cookies) fills the cache; the signed-in patient still gets their own render.
  expect(["hit", "miss"]).toContain((await request.get(patientSite("/services"), DOCUMENT)).headers()["x-page-cache"]);
  const response = await page.goto("/services");
  expect(response?.headers()["x-page-cache"]).toBe("bypass");
  const account = page.getByRole("navigation", { name: "Account" }).first();
  await expect(account.getByRole("link", { name: "My appointments" })).toBeVisible();
  await expect(account.getByRole("link", { name: "Profile" })).toBeVisible();

  await account.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(patientSite("/"));
  await expect(account.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.goto("/services"))?.headers()["x-page-cache"]).toBe("hit");
  await page.goto("/appointments");
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await violations()).toEqual([]);
});

test("without JavaScript a cached page offers Sign in; signed in, the header offers Sign out", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await visitSecured(page, "/locations");
  await expect(page.getByRole("navigation", { name: "Account" }).first().getByRole("link", { name: "Sign in" })).toBeAttached();
  await submitSignIn(page, "/sign-in", demoAccount("patient"));
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto("/locations");
  await expect(page.getByRole("navigation", { name: "Account" }).first().getByRole("button", { name: "Sign out" })).toBeAttached();
  await page.goto("/sign-in");
  await expect(page).not.toHaveURL(/\/sign-in/);
  await context.close();
});

test("a provider's profile saved in the staff admin shows on the cached providers page within seconds", async ({ browser, request }) => {
  const staff = await (await browser.newContext()).newPage();
  await submitSignIn(staff, staffAdmin("/sign-in"), demoAccount("admin"));
  await expect(staff).not.toHaveURL(/\/sign-in/);

  const [, cached] = await twice(request, "/providers");
  expect(cached!.headers()["x-page-cache"]).toBe("hit");

  await staff.goto(staffAdmin("/settings"));
  await staff.getByRole("region", { name: "Providers" }).getByRole("link", { name: /^Dr\. / }).first().click();
  const bio = staff.getByLabel("Biography");
  const original = await bio.inputValue();
  const marker = `Sees patients on Saturdays (${Date.now().toString(36)}).`;
  try {
    await bio.fill(`${original} ${marker}`);
    await staff.getByRole("button", { name: "Save changes" }).click();
    await expect(staff.getByRole("status")).toContainText("Saved.");
    await expect.poll(async () => (await request.get(patientSite("/providers"), DOCUMENT)).text(), { timeout: 5_000 }).toContain(marker);
  } finally {
    await bio.fill(original);
    await staff.getByRole("button", { name: "Save changes" }).click();
    await expect(staff.getByRole("status")).toContainText("Saved.");
  }
  await staff.context().close();
});
