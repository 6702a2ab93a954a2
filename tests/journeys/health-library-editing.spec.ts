import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { submitSignIn } from "../fixtures/sign-in";

type StaffRole = "content_editor" | "provider" | "admin";

async function signedInStaff(browser: Browser, role: StaffRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, staffAdmin("/sign-in"), demoAccount(role));
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

/** Fills the editor's fields that a new article needs, and creates it (a real POST of the form). */
async function draftArticle(editor: Page, article: { title: string; slug: string; summary: string; body: string }) {
  await editor.goto(staffAdmin("/library"));
  await editor.getByRole("link", { name: "New article" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "New article" })).toBeVisible();
  await editor.getByRole("textbox", { name: "Title (required)" }).fill(article.title);
  await editor.getByLabel("Address (slug)").fill(article.slug);
  await editor.getByLabel("Kind").selectOption("condition");
  await editor.getByLabel("Summary").fill(article.summary);
  await editor.getByLabel("Text (Markdown)").fill(article.body);
  await editor.getByRole("checkbox", { name: "Initial pain consultation" }).check();
  await editor.getByLabel("Title (source 1)").fill("Costochondritis");
  await editor.getByLabel("Publisher (source 1)").fill("NHS");
  await editor.getByLabel("Web address (source 1)").fill("https://www.nhs.uk/conditions/costochondritis/");
  await editor.getByLabel("Read on (source 1)").fill("2026-11-01");
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  await expect(editor.getByText("Draft created.")).toBeVisible();
}

async function takeStep(page: Page, title: string, button: string, done: RegExp) {
  await page.goto(staffAdmin("/library"));
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByText(done)).toBeVisible();
}

async function sitemap(page: Page): Promise<string> {
  const response = await page.request.get(patientSite("/sitemap.xml"));
  expect(response.ok()).toBe(true);
  return response.text();
}

test("an editor drafts, a provider approves, patients read it at once; an edit shows after approval; archiving removes it", async ({ browser }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const title = `Rib cage pain ${run}`;
  const slug = `rib-cage-pain-${run}`;
  const editor = await signedInStaff(browser, "content_editor");
  const provider = await signedInStaff(browser, "provider");
  const reader = await (await browser.newContext()).newPage();

  await draftArticle(editor, { title, slug, summary: "Why the ribs hurt and what helps.", body: `## Causes\n\nStrained muscles between the ribs (${run}costal).` });
  // The live preview is the patient site's renderer: the Markdown heading is a heading.
  await expect(editor.getByLabel("Preview of the text").getByRole("heading", { name: "Causes" })).toBeVisible();
  await expectNoSeriousA11yViolations(editor, "the article editor");

  // Not on the patient site while it is a draft.
  expect((await reader.goto(patientSite(`/health-library/${slug}`)))?.status()).toBe(404);

  await editor.getByRole("button", { name: "Submit for medical review" }).click();
  await expect(editor.getByText("Submitted for medical review.")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

  await takeStep(provider, title, "Approve and publish", /Approved and published/);

  // Published without a rebuild: the page, the byline from the approval, search and the sitemap.
  await reader.goto(patientSite(`/health-library/${slug}`));
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText("Medically reviewed by")).toBeVisible();
  await expect(reader.getByRole("link", { name: "Dr. Maya Okafor" })).toBeVisible();
  await expect(reader.getByRole("link", { name: "Costochondritis" })).toHaveAttribute("href", "https://www.nhs.uk/conditions/costochondritis/");
  await expectNoSeriousA11yViolations(reader, "a newly published article");
  await reader.goto(patientSite(`/health-library?q=${run}costal`));
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  expect(await sitemap(reader)).toContain(`/health-library/${slug}`);

  // An edit to the live article: patients keep the approved text until the provider approves the edit.
  await editor.goto(staffAdmin("/library"));
  await editor.getByRole("link", { name: title }).click();
  await editor.getByLabel("Summary").fill("Updated: why the ribs hurt, and when to see someone.");
  await editor.getByRole("button", { name: "Save draft" }).click();
  // The saved draft is revision 2; the page's review panel now offers to submit it.
  await expect(editor.getByText("Published · revision 2: Draft")).toBeVisible();
  await reader.goto(patientSite(`/health-library/${slug}`));
  await expect(reader.getByText("Why the ribs hurt and what helps.")).toBeVisible();
  await editor.getByRole("button", { name: "Submit for medical review" }).click();
  await expect(editor.getByText("Submitted for medical review.")).toBeVisible();
  await takeStep(provider, title, "Approve and publish", /Approved and published/);
  await reader.goto(patientSite(`/health-library/${slug}`));
  await expect(reader.getByText("Updated: why the ribs hurt, and when to see someone.")).toBeVisible();

  // The revisions page compares the two and offers a restore.
  await editor.goto(staffAdmin("/library"));
  await editor.getByRole("link", { name: title }).click();
  await editor.getByRole("link", { name: /All 2 revisions/ }).click();
  await expect(editor.getByRole("heading", { level: 2, name: "Compare revision 1 with 2" })).toBeVisible();
  await expect(editor.locator("ins").first()).toContainText("Updated");
  await expectNoSeriousA11yViolations(editor, "the revisions page");

  // Archiving takes it off the site and out of the sitemap.
  await takeStep(editor, title, "Archive (remove from the patient site)", /Archived: the article/);
  expect((await reader.goto(patientSite(`/health-library/${slug}`)))?.status()).toBe(404);
  expect(await sitemap(reader)).not.toContain(`/health-library/${slug}`);

  await Promise.all([editor.context().close(), provider.context().close(), reader.context().close()]);
});

test("nobody approves their own draft", async ({ browser }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const title = `Admin's own piece ${run}`;
  const admin = await signedInStaff(browser, "admin");
  await draftArticle(admin, { title, slug: `admins-own-piece-${run}`, summary: "Written by the administrator.", body: "Text." });
  await admin.getByRole("button", { name: "Submit for medical review" }).click();
  await expect(admin.getByText("Submitted for medical review.")).toBeVisible();
  // The administrator may approve others' text, but not this: the page says why instead of offering the button.
  await expect(admin.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  await expect(admin.getByText("You wrote part of this text, so another provider or an administrator must approve it.")).toBeVisible();
  await expectNoSeriousA11yViolations(admin, "an article waiting for review");
  await admin.context().close();
});

test("the library list filters by status and finds by title, and the content editor's dashboard lists reviews due", async ({ browser }) => {
  const editor = await signedInStaff(browser, "content_editor");
  await expect(editor.getByRole("heading", { level: 2, name: "Medical reviews due" })).toBeVisible();
  await editor.goto(staffAdmin("/library"));
  await expect(editor.getByRole("heading", { level: 1, name: "Health library" })).toBeVisible();
  await editor.getByLabel("Title or address").fill("upper back");
  await editor.getByLabel("Status").selectOption("published");
  await editor.getByRole("button", { name: "Filter" }).click();
  await expect(editor.getByRole("link", { name: "Upper back pain" })).toBeVisible();
  await expect(editor.getByRole("table").getByRole("row")).toHaveCount(2);
  await expectNoSeriousA11yViolations(editor, "the health library list");
  // Still no patient data for this role.
  await expect(editor.getByRole("navigation", { name: "Staff areas" }).getByRole("link", { name: "Patients" })).toHaveCount(0);
  await editor.context().close();
});
