import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { staffAdmin } from "../fixtures/apps";
import { submitSignIn } from "../fixtures/sign-in";

/** The clinic's own page as a browser copies it: the import's fixture in the domain package. */
const seedPage = readFileSync(new URL("../../packages/domain/src/content/fixtures/clinic-upper-back-pain.txt", import.meta.url), "utf8");

async function signedInEditor(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await submitSignIn(page, staffAdmin("/sign-in"), demoAccount("content_editor"));
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

async function importSeedPage(editor: Page) {
  await editor.goto(staffAdmin("/library"));
  await editor.getByRole("link", { name: "Import from a web page" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Import from a web page" })).toBeVisible();
  await editor.getByLabel("Kind").selectOption("condition");
  await editor.getByLabel("Text of the page").fill(seedPage);
  await editor.getByRole("button", { name: "Create draft from this text" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "What is Upper Back Pain" })).toBeVisible();
  await expect(editor.getByText("Draft imported.")).toBeVisible();
}

test("an editor imports the clinic's page; grade and warnings follow the text; the review panel follows autosaves", async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await signedInEditor(browser);
  await editor.goto(staffAdmin("/library/import"));
  await expectNoSeriousA11yViolations(editor, "the import page");
  await importSeedPage(editor);

  // The page's section titles are headings and its paragraphs text, in the body and in the preview.
  const body = editor.getByLabel("Text (Markdown)");
  await expect(body).toHaveValue(/\n## Anatomy of the Upper Back\n\n/);
  await expect(body).toHaveValue(/\n## Treatment for Upper Back Pain\n\n/);
  await expect(body).not.toHaveValue(/Click here|Make an Appoinment/);
  const preview = editor.getByLabel("Preview of the text");
  for (const heading of ["Anatomy of the Upper Back", "Causes of Upper Back Pain", "Treatment for Upper Back Pain"]) {
    await expect(preview.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }

  // Graded beside the text, and in the review panel, on load (server-rendered).
  const checks = editor.getByRole("region", { name: "Readability and checks", exact: true });
  const reviewChecks = editor.getByRole("region", { name: "Readability and checks of revision 1" });
  await expect(checks.getByText(/^Grade \d+\.\d — aim for 8 or below\.$/)).toBeVisible();
  await expect(checks.getByText("No sources are cited: add the guidelines or papers the text relies on.")).toBeVisible();
  await expect(reviewChecks.getByText(/^Grade \d+\.\d — aim for 8 or below\.$/)).toBeVisible();
  await expectNoSeriousA11yViolations(editor, "the editor with an imported draft");

  // As the editor types, the grade and warnings follow (debounced, in the browser).
  await body.fill("## Rest\n\nRest for a day. Then walk a bit more each day.\n\n## Outlook");
  await expect(checks.getByText(/^Grade -?\d+\.\d — within the target of 8 or below\.$/)).toBeVisible();
  await expect(checks.getByText("The section “Outlook” is empty: write under it or remove the heading.")).toBeVisible();

  // The autosave reaches the review panel without a reload: it grades revision 2, the one a reviewer would see.
  await expect(editor.getByText(/Draft autosaved as revision 2/)).toBeVisible({ timeout: 15_000 });
  const reviewChecks2 = editor.getByRole("region", { name: "Readability and checks of revision 2" });
  await expect(reviewChecks2.getByText("The section “Outlook” is empty: write under it or remove the heading.")).toBeVisible();
  await expect(editor.getByText("Draft · revision 2: Draft")).toBeVisible();

  // Submitted, then edited: the autosave withdraws it from review, and the panel offers to submit again.
  await editor.getByRole("button", { name: "Submit for medical review" }).click();
  await expect(editor.getByText("Submitted for medical review.")).toBeVisible();
  await expect(editor.getByText("In review · revision 2: Waiting for medical review")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Submit for medical review" })).toHaveCount(0);
  await editor.getByLabel("Summary").fill("Why the upper back hurts, and what helps.");
  await expect(editor.getByText(/Draft autosaved as revision 3/)).toBeVisible({ timeout: 15_000 });
  await expect(editor.getByText("Draft · revision 3: Draft")).toBeVisible();
  // The refresh kept the typing, and the step posts the version the autosave made (not refused as stale).
  await expect(editor.getByLabel("Summary")).toHaveValue("Why the upper back hurts, and what helps.");
  await editor.getByRole("button", { name: "Submit for medical review" }).click();
  await expect(editor.getByText("Submitted for medical review.")).toBeVisible();
  await expect(editor.getByText("In review · revision 3: Waiting for medical review")).toBeVisible();
  await editor.context().close();
});

test("the import works without JavaScript, and refuses an empty or over-long paste with a sentence beside the field", async ({ browser }) => {
  const editor = await signedInEditor(browser, false);
  await editor.goto(staffAdmin("/library/import"));
  await editor.getByRole("button", { name: "Create draft from this text" }).click();
  await expect(editor.getByText("Paste the text of the page to import.")).toBeVisible();
  await expect(editor.getByRole("heading", { level: 1, name: "Import from a web page" })).toBeVisible();
  // Bounded: an over-long paste gets the limit in a sentence (a 400 from the procedure), not a cut or a 500.
  await editor.getByLabel("Text of the page").fill("Too long\n\n" + "word ".repeat(20_001));
  await editor.getByRole("button", { name: "Create draft from this text" }).click();
  await expect(editor.getByText("The pasted text is longer than 100,000 characters: paste one article at a time.")).toBeVisible();
  await importSeedPage(editor);
  await expect(editor.getByLabel("Preview of the text").getByRole("heading", { level: 2, name: "Causes of Upper Back Pain" })).toBeVisible();
  await expect(editor.getByRole("region", { name: "Readability and checks", exact: true }).getByText(/aim for 8 or below/)).toBeVisible();
  await editor.context().close();
});
