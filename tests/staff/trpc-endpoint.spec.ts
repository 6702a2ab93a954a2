import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { submitSignIn } from "../fixtures/sign-in";

// The staff router is mounted at /api/trpc for client components; it answers for itself, not through proxy.ts.
test.describe("the staff tRPC endpoint", () => {
  test("refuses a caller without a session", async ({ request }) => {
    const response = await request.get("/api/trpc/me");
    expect(response.status()).toBe(401);
  });

  test("answers `me` for a signed-in staff member", async ({ page }) => {
    const admin = demoAccount("admin");
    await submitSignIn(page, "/sign-in", admin);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

    const response = await page.request.get("/api/trpc/me");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { result: { data: { json: { email: string; role: string } } } };
    expect(body.result.data.json).toMatchObject({ email: admin.email, role: "admin" });
  });
});
