import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { submitSignIn } from "../fixtures/sign-in";
import { acceptInvitationAndEnrol, invitationLink, inviteFrontDesk } from "../fixtures/staff-invitations";

/** Chromium's virtual authenticator on this page: a platform passkey that verifies the user (decision 0097). */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  return { credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials };
}

/** The audit actions (with method) recorded for this person, oldest first. */
async function auditOf(email: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ action: string; method: string | null }>(
      `select a.action, a.metadata->>'method' as method from audit_events a join users u on u.id = a.actor_user_id
       where lower(u.email) = lower($1) and (a.action like 'auth.passkey%' or a.action = 'auth.mfa_verified') order by a.occurred_at, a.id`,
      [email],
    );
    return rows.map((row) => (row.method ? `${row.action}:${row.method}` : row.action));
  } finally {
    await client.end();
  }
}

async function signOut(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test("a member of staff adds a passkey, signs in with password and passkey (no code), sees it last used, and removes it", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const person = { name: `Paula Passkey ${stamp}`, email: `paula.${stamp}@example.test`, password: `passkey-person-${stamp}-orchard` };

  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await inviteFrontDesk(page, person);
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  const authenticator = await addVirtualAuthenticator(staff);
  await acceptInvitationAndEnrol(staff, await invitationLink(person.email), person.password);

  await test.step("my account: add a passkey with a name; it is listed, not used yet", async () => {
    await staff.goto("/my-account");
    await expect(staff.getByRole("heading", { level: 2, name: "Passkeys" })).toBeVisible();
    await expect(staff.getByText("No passkeys yet.")).toBeVisible();
    await staff.getByRole("button", { name: "Add a passkey" }).click();
    await expect(staff.getByText("Give the passkey a name, such as the device it is on.").first()).toBeVisible();
    await expect(staff.getByLabel("Name of the passkey")).toBeFocused();
    await staff.getByLabel("Name of the passkey").fill("  Front desk   PC ");
    await staff.getByRole("button", { name: "Add a passkey" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Passkey “Front desk PC” added." })).toBeVisible();
    const list = staff.getByRole("list", { name: "Your passkeys" });
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list).toContainText("Front desk PC");
    await expect(list).toContainText("not used yet");
    expect(await authenticator.credentials()).toHaveLength(1);
    await expectNoSeriousA11yViolations(staff, "my account with a passkey");
  });

  await test.step("the same device cannot add a second passkey for this account", async () => {
    await staff.getByLabel("Name of the passkey").fill("Again");
    await staff.getByRole("button", { name: "Add a passkey" }).click();
    await expect(staff.getByText("This device already holds a passkey for your account.")).toBeVisible();
    await expect(staff.getByRole("list", { name: "Your passkeys" }).getByRole("listitem")).toHaveCount(1);
  });

  await test.step("sign out, password, then the passkey instead of a code", async () => {
    await signOut(staff);
    await submitSignIn(staff, "/sign-in", person);
    await expect(staff.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
    await expect(staff.getByRole("button", { name: "Use a passkey" })).toBeVisible();
    await expectNoSeriousA11yViolations(staff, "the second sign-in step with a passkey");
    await staff.getByRole("button", { name: "Use a passkey" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });

  await test.step("my account shows when it was last used", async () => {
    await staff.goto("/my-account");
    await expect(staff.getByRole("list", { name: "Your passkeys" })).toContainText(/last used \w/);
    await expect(staff.getByRole("list", { name: "Your passkeys" })).not.toContainText("not used yet");
  });

  await test.step("without JavaScript the page explains why no passkey can be added, and removing still works", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(await staffContext.cookies());
    const plain = await noScript.newPage();
    await plain.goto("/my-account");
    await expect(plain.getByText(/Adding or using a passkey needs JavaScript/)).toBeVisible();
    await expect(plain.getByRole("button", { name: "Add a passkey" })).toHaveCount(0);
    await plain.getByText("Remove Front desk PC", { exact: true }).click();
    await expect(plain.getByText("“Front desk PC” will no longer sign you in.", { exact: false })).toBeVisible();
    await plain.getByRole("button", { name: "Yes, remove Front desk PC" }).click();
    await expect(plain.getByText("No passkeys yet.")).toBeVisible();
    // No axe here: it runs as page script, which this context does not allow (the page was checked above).
    await noScript.close();
  });

  await test.step("with no passkey left, the second step offers only codes", async () => {
    await signOut(staff);
    await submitSignIn(staff, "/sign-in", person);
    await expect(staff.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
    await expect(staff.getByLabel("6-digit code")).toBeVisible();
    await expect(staff.getByRole("button", { name: "Use a passkey" })).toHaveCount(0);
  });

  expect(await auditOf(person.email)).toEqual(["auth.passkey_added", "auth.mfa_verified:passkey", "auth.passkey_removed"]);
  await staffContext.close();
});
