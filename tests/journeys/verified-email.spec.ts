import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { chooseOpenDayAfterThisFortnight, chooseTime } from "../fixtures/booking-steps";
import { confirmEmailAndSignIn, newPatientIdentity, submitSignUp } from "../fixtures/new-patient";
import { countEmailsTo, latestEmailTo, linkIn } from "../fixtures/outbox";
import { submitSignIn } from "../fixtures/sign-in";

test("a new patient cannot confirm a booking until the email is verified; sign-up for a known email gives the same page", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const patient = newPatientIdentity();

  await test.step("choose a massage time without an account, then create one from the review step", async () => {
    await page.goto(patientSite("/book?service=therapeutic-massage-60"));
    await page.getByRole("button", { name: "Downtown Austin" }).click();
    await page.getByRole("button", { name: "First available" }).click();
    await chooseOpenDayAfterThisFortnight(page);
    await chooseTime(page, "first");
    await expect(page.getByRole("heading", { name: "Review and confirm" })).toBeFocused();
    await page.getByRole("link", { name: "Create an account" }).click();
    await submitSignUp(page, patient);
    await expectNoSeriousA11yViolations(page, "check your email");
  });
  // The link carries only its token; the booking it returns to is kept on the server.
  const link = new URL(linkIn(await latestEmailTo(patient.email, "verify-email"), "/verify-email"));
  expect([...link.searchParams.keys()]).toEqual(["token"]);

  await test.step("signed in before confirming: the review step explains, offers a new link, and booking is refused", async () => {
    await page.goto(patientSite("/sign-in"));
    await page.getByLabel(/email/i).fill(patient.email);
    await page.getByLabel(/password/i).fill(patient.password);
    await page.getByRole("button", { name: /sign in/i }).click();
    // Their appointments wait for the confirmation too.
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your email" })).toBeVisible();
    await expect(page.getByText(patient.email)).toBeVisible();
    await expectNoSeriousA11yViolations(page, "confirm your email (signed in)");

    await page.goto(patientSite("/book?service=therapeutic-massage-60"));
    await page.getByRole("button", { name: "Downtown Austin" }).click();
    await page.getByRole("button", { name: "First available" }).click();
    await chooseOpenDayAfterThisFortnight(page);
    await chooseTime(page, "first");
    await expect(page.getByRole("heading", { name: "Confirm your email to book" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Confirm booking" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, "review step, email not confirmed");

    // Going around the page: the API refuses the booking itself.
    const refused = await page.evaluate(async () => {
      const response = await fetch("/api/trpc/appointments.book", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { serviceId: "00000000-0000-4000-8000-000000000000", locationId: "00000000-0000-4000-8000-000000000000", providerId: "any", start: "2030-01-07T10:00:00-06:00", idempotencyKey: "verified-email-check-1" } }),
      });
      return { status: response.status, body: await response.text() };
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("Please confirm your email address first");

    await page.getByRole("button", { name: "Send the link again" }).click();
    await expect(page.getByText(/We have sent a new link\./)).toBeVisible();
  });
  const reviewHere = new URL(page.url());

  await test.step("the newest link confirms the email and comes straight back to this booking, which can now be confirmed", async () => {
    expect(await countEmailsTo(patient.email, "verify-email")).toBe(2);
    await page.goto(linkIn(await latestEmailTo(patient.email, "verify-email"), "/verify-email"));
    await expectNoSeriousA11yViolations(page, "confirm your email (link)");
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/book" && url.searchParams.get("time") === reviewHere.searchParams.get("time"));
    await expect(page.getByRole("heading", { name: "Review and confirm" })).toBeVisible();
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your appointment is booked" })).toBeVisible();
  });

  await test.step("someone signs up again with the same email (other case): the same page, and the owner is told by email", async () => {
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(patientSite("/sign-up"));
    await submitSignUp(strangerPage, { name: "Someone Else", email: patient.email.toUpperCase(), password: "a-different-long-passphrase-42" });
    await stranger.close();
    const notice = await latestEmailTo(patient.email, "already-registered");
    expect(notice.textBody).toContain("You already have one");
    // The old password still works; nothing was changed by the second sign-up.
    await page.getByRole("button", { name: /sign out/i }).click();
    await expect(page.getByRole("button", { name: /sign out/i })).toHaveCount(0);
    await submitSignIn(page, patientSite("/sign-in"), patient);
    await expect(page.getByRole("button", { name: /sign out/i })).toBeVisible();
  });
});

test("the front desk books by phone for a new patient, who then signs up with that email, confirms it and sees the visit", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const tag = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const patient = { name: `Casey Claim ${tag}`, email: `claim-${tag}@example.com`, password: `amber-meadow-${tag}-compass` };

  await test.step("the front desk creates the record and books a visit", async () => {
    const desk = await browser.newContext();
    const staff = await desk.newPage();
    await submitSignIn(staff, staffAdmin("/sign-in"), demoAccount("front_desk"));
    await expect(staff.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await staff.goto(staffAdmin("/book"));
    await staff.getByLabel("Full name").fill(patient.name);
    await staff.getByLabel("Phone").fill("(512) 555-0177");
    await staff.getByLabel(/^Email/).fill(patient.email);
    await staff.getByLabel("Date of birth").fill("1979-06-07");
    await staff.getByLabel("Date of birth").press("Enter");
    await expect(staff.getByText(`Booking for ${patient.name}`)).toBeVisible();
    for (const heading of [/Which service/, /Where\?/, /With whom\?/]) {
      await expect(staff.getByRole("heading", { level: 2, name: heading })).toBeVisible();
      await staff.getByRole("main").locator('a[href*="/book?"]').first().click();
    }
    await staff.getByLabel("Waive the minimum notice").check();
    const times = staff.getByRole("list", { name: /Free times/ }).getByRole("link");
    for (let ahead = 2; ahead <= 16; ahead++) {
      const day = new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10);
      await staff.getByLabel(/^Day \(/).fill(day);
      await staff.getByRole("button", { name: "Show times" }).click();
      await expect(staff.getByRole("heading", { level: 2, name: new RegExp(`What time on ${day}`) })).toBeVisible();
      if ((await times.count()) > 0) break;
    }
    await times.first().click();
    await staff.getByRole("button", { name: "Book visit" }).click();
    await expect(staff.getByText("The visit is booked. The confirmation email is in the outbox.")).toBeVisible();
    await desk.close();
  });

  // The confirmation went to the address the front desk typed, as for an online booking.
  await latestEmailTo(patient.email, "appointment-confirmed");

  await test.step("the patient signs up with that email, confirms it and sees the visit under My appointments", async () => {
    await page.goto(patientSite("/sign-up"));
    await submitSignUp(page, patient);
    await confirmEmailAndSignIn(page, patient);
    await page.goto(patientSite("/appointments"));
    await expect(page.getByRole("heading", { level: 1, name: "My appointments" })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, "my appointments after claiming the record");
  });

  await test.step("the front desk still finds one patient with that email, now with an account", async () => {
    const desk = await browser.newContext();
    const staff = await desk.newPage();
    await submitSignIn(staff, staffAdmin("/sign-in"), demoAccount("front_desk"));
    await expect(staff.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await staff.goto(staffAdmin("/patients"));
    await staff.getByRole("searchbox", { name: "Search patients" }).fill(patient.email);
    await staff.getByRole("button", { name: "Search" }).click();
    await expect(staff.getByRole("heading", { name: "1 patient found" })).toBeVisible();
    await desk.close();
  });
});
