import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { submitSignIn } from "../fixtures/sign-in";

async function signedInStaff(browser: Browser, role: "content_editor" | "provider"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, staffAdmin("/sign-in"), demoAccount(role));
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

async function openArticle(page: Page, title: string) {
  await page.goto(staffAdmin("/library"));
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

async function submitAndApprove(editor: Page, provider: Page, title: string) {
  await editor.getByRole("button", { name: "Submit for medical review" }).click();
  await expect(editor.getByText("Submitted for medical review.")).toBeVisible();
  await openArticle(provider, title);
  await provider.getByRole("button", { name: "Approve and publish" }).click();
  await expect(provider.getByText(/Approved and published/)).toBeVisible();
}

test("a live article's new address is approved, and its old address answers 308 to it", async ({ browser }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const title = `Shoulder blade pain ${run}`;
  const oldSlug = `shoulder-blade-pain-${run}`;
  const newSlug = `pain-between-the-shoulder-blades-${run}`;
  const editor = await signedInStaff(browser, "content_editor");
  const provider = await signedInStaff(browser, "provider");
  const reader = await (await browser.newContext()).newPage();

  // A live article of its own, so the demo articles other tests read keep their addresses.
  await editor.goto(staffAdmin("/library"));
  await editor.getByRole("link", { name: "New article" }).click();
  await editor.getByRole("textbox", { name: "Title (required)" }).fill(title);
  await editor.getByLabel("Address (slug)").fill(oldSlug);
  await editor.getByLabel("Kind").selectOption("condition");
  await editor.getByLabel("Summary").fill("Why the area between the shoulder blades aches.");
  await editor.getByLabel("Text (Markdown)").fill("## Causes\n\nPosture, strained muscles and, rarely, the heart.");
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor.getByText("Draft created.")).toBeVisible();
  await submitAndApprove(editor, provider, title);
  await reader.goto(patientSite(`/health-library/${oldSlug}`));
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The editor moves it; patients keep the old address until a provider approves the change.
  await openArticle(editor, title);
  await editor.getByLabel("Address (slug)").fill(newSlug);
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByText("Published · revision 2: Draft")).toBeVisible();
  expect((await reader.request.get(patientSite(`/health-library/${oldSlug}`), { maxRedirects: 0 })).status()).toBe(200);
  await submitAndApprove(editor, provider, title);

  // Without following redirects: a permanent redirect that keeps the method, to the new address.
  const moved = await reader.request.get(patientSite(`/health-library/${oldSlug}`), { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(new URL(moved.headers().location!, patientSite("/")).pathname).toBe(`/health-library/${newSlug}`);

  // A bookmark of the old address lands on the article at its new one.
  const answer = await reader.goto(patientSite(`/health-library/${oldSlug}`));
  expect(answer?.status()).toBe(200);
  await expect(reader).toHaveURL(patientSite(`/health-library/${newSlug}`));
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await reader.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`/health-library/${newSlug}$`));
  await expectNoSeriousA11yViolations(reader, "an article reached through its old address");

  await Promise.all([editor.context().close(), provider.context().close(), reader.context().close()]);
});
