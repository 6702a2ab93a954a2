import { expect, test, type Page } from "@playwright/test";
import { demoAccount, demoStaffAccount } from "../fixtures/accounts";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { confirmEmailAndSignIn, newPatientIdentity, submitSignUp } from "../fixtures/new-patient";
import { completeSecondStep } from "../fixtures/sign-in";

/** GET forms may carry only these fields (a dashboard date, a page number): nothing about a person. */
const GET_FIELDS_ALLOWED = new Set(["date", "page"]);

type SeenRequest = { method: string; url: string };

function recordRequests(page: Page): SeenRequest[] {
  const seen: SeenRequest[] = [];
  page.on("request", (request) => seen.push({ method: request.method(), url: request.url() }));
  return seen;
}

/** Every form on the page posts, or is a GET form whose fields say nothing about a person. */
async function expectFormsSafe(page: Page) {
  const forms = await page.locator("form").evaluateAll((elements) =>
    elements.map((form) => ({
      method: (form as HTMLFormElement).method,
      fields: Array.from((form as HTMLFormElement).elements)
        .map((element) => (element as HTMLInputElement).name)
        .filter((name) => name && !name.startsWith("$ACTION")),
    })),
  );
  for (const form of forms) {
    if (form.method === "post") continue;
    expect(form.fields.filter((name) => !GET_FIELDS_ALLOWED.has(name)), `GET form fields on ${page.url()}`).toEqual([]);
  }
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`forms with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("sign-up, sign-in, profile and staff patient search post, and no URL carries personal data", async ({ page }) => {
      const patient = newPatientIdentity();
      const seen = recordRequests(page);

      await test.step("sign up", async () => {
        await page.goto(patientSite("/sign-up"));
        await expectFormsSafe(page);
        await submitSignUp(page, patient);
      });

      await test.step("confirm the email from the link in the outbox, then sign in", async () => {
        await confirmEmailAndSignIn(page, patient);
      });

      await test.step("sign out, then a wrong password keeps the email and says why", async () => {
        await page.getByRole("button", { name: /sign out/i }).click();
        await expect(page.getByRole("button", { name: /sign out/i })).toHaveCount(0);
        await page.goto(patientSite("/sign-in"));
        await expectFormsSafe(page);
        await page.getByLabel(/email/i).fill(patient.email);
        await page.getByLabel(/password/i).fill("not-my-password-at-all");
        await page.getByRole("button", { name: /sign in/i }).click();
        await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
        await expect(page.getByLabel(/email/i)).toHaveValue(patient.email);
      });

      await test.step("sign in", async () => {
        await page.getByLabel(/password/i).fill(patient.password);
        await page.getByRole("button", { name: /sign in/i }).click();
        await expect(page.getByRole("button", { name: /sign out/i })).toBeVisible();
      });

      await test.step("save a phone number on the profile", async () => {
        await page.goto(patientSite("/profile"));
        await expectFormsSafe(page);
        await page.getByLabel(/phone/i).fill("(915) 555-0142");
        await page.getByRole("button", { name: /save/i }).click();
        await expect(page.getByText("Your details were saved.")).toBeVisible();
        await page.goto(patientSite("/profile"));
        await expect(page.getByLabel(/phone/i)).toHaveValue("(915) 555-0142");
      });

      await test.step("the front desk finds the new patient by email", async () => {
        const frontDesk = demoStaffAccount("front_desk");
        await page.goto(staffAdmin("/sign-in"));
        await expectFormsSafe(page);
        await page.getByLabel(/email/i).fill(frontDesk.email);
        await page.getByLabel(/password/i).fill(frontDesk.password);
        await page.getByRole("button", { name: /sign in/i }).click();
        // The second step posts too (the code is no personal data, but it must not reach a URL either).
        await expect(page.getByRole("heading", { level: 1, name: "Enter your code" })).toBeVisible();
        // With JavaScript the redirect rendered this page in the browser, where React's action forms carry no
        // method attribute; the server-rendered page is what a form without JavaScript posts from.
        await page.goto(page.url());
        await expectFormsSafe(page);
        await completeSecondStep(page, frontDesk.totpSecret);
        await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
        await expectFormsSafe(page);
        await page.goto(staffAdmin("/patients"));
        await expectFormsSafe(page);
        await page.getByRole("searchbox", { name: "Search patients" }).fill(patient.email);
        await page.getByRole("button", { name: "Search" }).click();
        await expect(page.getByRole("link", { name: patient.name })).toBeVisible();
      });

      const personal = [patient.password, "not-my-password-at-all", patient.email, patient.name, "555-0142", frontDesk()].map(
        (value) => value.toLowerCase(),
      );
      for (const request of seen) {
        const url = decodeURIComponent(request.url).toLowerCase();
        // No password field in a query string (the pages /forgot-password and /reset-password may be named).
        expect(new URL(url).search).not.toContain("password");
        for (const value of personal) expect(url, `${request.method} ${request.url}`).not.toContain(value);
      }
      // Everything that carried the forms went as POST.
      expect(seen.filter((request) => request.method === "POST").length).toBeGreaterThanOrEqual(6);
    });
  });
}

function frontDesk(): string {
  return demoAccount("front_desk").password;
}
