import { describe, expect, it } from "vitest";
import { appointmentEmail, type AppointmentEmailDetails } from "./appointment-email";

const details: AppointmentEmailDetails = {
  patientName: "Alex Rivera",
  serviceName: "Physical therapy evaluation",
  providerName: "Dr. Maya Okafor",
  locationName: "Riverbend Downtown",
  locationAddress: "100 Congress Ave, Austin, TX 78701",
  locationPhone: "(512) 555-0142",
  timeZone: "America/Chicago",
  // 2027-03-16 is after the spring change: 10:00 CDT = 15:00 UTC.
  startsAt: new Date("2027-03-16T15:00:00Z"),
  endsAt: new Date("2027-03-16T16:00:00Z"),
  manageUrl: "https://portal.example.com/appointments",
};

describe("appointmentEmail", () => {
  it("confirms the visit in the location's time, names the zone, and links to the appointments page", () => {
    const email = appointmentEmail("confirmed", details);
    expect(email.template).toBe("appointment-confirmed");
    expect(email.subject).toBe("Your Riverbend Pain & Wellness appointment is confirmed");
    expect(email.textBody).toBe(
      [
        "Hello Alex Rivera,",
        "Your appointment is booked. Here are the details:",
        [
          "When: Tuesday, March 16, 2027 at 10:00 AM CDT – 11:00 AM",
          "What: Physical therapy evaluation",
          "With: Dr. Maya Okafor",
          "Where: Riverbend Downtown, 100 Congress Ave, Austin, TX 78701",
        ].join("\n"),
        "Times are Central Daylight Time (America/Chicago), the local time at Riverbend Downtown.",
        "See, reschedule or cancel your appointments: https://portal.example.com/appointments",
        "Questions? Call Riverbend Downtown at (512) 555-0142.",
        "— The Riverbend Pain & Wellness team",
      ].join("\n\n"),
    );
    expect(email.htmlBody).toContain('<a href="https://portal.example.com/appointments">');
    expect(email.htmlBody).toContain("<th align=\"left\">When</th><td>Tuesday, March 16, 2027 at 10:00 AM CDT – 11:00 AM</td>");
  });

  it("shows each location's own zone", () => {
    const email = appointmentEmail("reminder", { ...details, locationName: "West El Paso", timeZone: "America/Denver" });
    expect(email.textBody).toContain("When: Tuesday, March 16, 2027 at 9:00 AM MDT – 10:00 AM");
    expect(email.textBody).toContain("Mountain Daylight Time (America/Denver)");
  });

  it("tells a rescheduled patient the new time and the one it replaces", () => {
    const email = appointmentEmail("rescheduled", { ...details, previousStartsAt: new Date("2027-03-15T14:00:00Z") });
    expect(email.template).toBe("appointment-rescheduled");
    expect(email.subject).toBe("Your Riverbend Pain & Wellness appointment has moved");
    expect(email.textBody).toContain("When: Tuesday, March 16, 2027 at 10:00 AM CDT");
    expect(email.textBody).toContain("It was previously Monday, March 15, 2027 at 9:00 AM CDT; that time is no longer reserved for you.");
  });

  it("has a subject for each kind that names neither the service nor the provider", () => {
    for (const kind of ["confirmed", "rescheduled", "cancelled", "reminder"] as const) {
      const email = appointmentEmail(kind, details);
      expect(email.template).toBe(`appointment-${kind}`);
      expect(email.subject).not.toMatch(/therapy|Okafor/i);
    }
    expect(appointmentEmail("cancelled", details).textBody).toContain("Your appointment has been cancelled:");
    expect(appointmentEmail("reminder", details).textBody).toContain("This is a reminder of your upcoming appointment:");
  });

  it("escapes everything in the HTML body", () => {
    const email = appointmentEmail("confirmed", { ...details, patientName: `Ana <b>"O'Neil"</b>`, manageUrl: 'https://x.test/a?b=1&c="2"' });
    expect(email.textBody).toContain(`Hello Ana <b>"O'Neil"</b>,`);
    expect(email.htmlBody).toContain("Hello Ana &#60;b&#62;&#34;O&#39;Neil&#34;&#60;/b&#62;,");
    expect(email.htmlBody).toContain('href="https://x.test/a?b=1&#38;c=&#34;2&#34;"');
    expect(email.htmlBody).not.toContain("<b>");
  });
});
