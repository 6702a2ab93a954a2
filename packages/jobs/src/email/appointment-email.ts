import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { describeTimeZone, formatInstantInZone, formatTimeInZone } from "@clinic/domain/time/format-for-people";

export type AppointmentEmailKind = "confirmed" | "rescheduled" | "cancelled" | "reminder";

/** What every appointment email says; nothing about why the patient comes (no reason, no diagnosis). */
export type AppointmentEmailDetails = {
  patientName: string;
  serviceName: string;
  providerName: string;
  locationName: string;
  /** One line, e.g. "100 Congress Ave, Austin, TX 78701". */
  locationAddress: string;
  locationPhone: string;
  /** The location's IANA zone: every time is shown in it, and named. */
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  /** The start before a reschedule. */
  previousStartsAt?: Date;
  /** The patient site's appointments page. */
  manageUrl: string;
};

export type AppointmentEmail = {
  template: `appointment-${AppointmentEmailKind}`;
  subject: string;
  textBody: string;
  htmlBody: string;
};

/** One paragraph of the email; `label` rows render as "Label: value". */
type Block = { paragraph: string } | { rows: [label: string, value: string][] } | { link: [text: string, url: string] };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** "Tuesday, March 3, 2026 at 9:00 AM CST – 10:00 AM". */
function when(details: AppointmentEmailDetails, startsAt = details.startsAt, endsAt = details.endsAt): string {
  return `${formatInstantInZone(startsAt, details.timeZone)} – ${formatTimeInZone(endsAt, details.timeZone)}`;
}

function visitRows(details: AppointmentEmailDetails): Block {
  return {
    rows: [
      ["When", when(details)],
      ["What", details.serviceName],
      ["With", details.providerName],
      ["Where", `${details.locationName}, ${details.locationAddress}`],
    ],
  };
}

/**
 * Subjects name neither the service nor the provider: they show on lock screens and in shared
 * inboxes, and a service name can say more about someone's health than they would like.
 */
function contentOf(kind: AppointmentEmailKind, details: AppointmentEmailDetails): { subject: string; blocks: Block[] } {
  const clinic = CLINIC_PROFILE.name;
  const zoneNote = {
    paragraph: `Times are ${describeTimeZone(details.timeZone, details.startsAt, "specific")}, the local time at ${details.locationName}.`,
  };
  const manage: Block = { link: ["See, reschedule or cancel your appointments", details.manageUrl] };
  const help = { paragraph: `Questions? Call ${details.locationName} at ${details.locationPhone}.` };
  switch (kind) {
    case "confirmed":
      return {
        subject: `Your ${clinic} appointment is confirmed`,
        blocks: [{ paragraph: "Your appointment is booked. Here are the details:" }, visitRows(details), zoneNote, manage, help],
      };
    case "rescheduled": {
      const previous = details.previousStartsAt
        ? [{ paragraph: `It was previously ${formatInstantInZone(details.previousStartsAt, details.timeZone)}; that time is no longer reserved for you.` }]
        : [];
      return {
        subject: `Your ${clinic} appointment has moved`,
        blocks: [{ paragraph: "Your appointment has been rescheduled. The new details:" }, visitRows(details), ...previous, zoneNote, manage, help],
      };
    }
    case "cancelled":
      return {
        subject: `Your ${clinic} appointment is cancelled`,
        blocks: [
          { paragraph: "Your appointment has been cancelled:" },
          visitRows(details),
          zoneNote,
          { paragraph: "If you would like another time, you can book again online." },
          { link: ["Book or see your appointments", details.manageUrl] },
          help,
        ],
      };
    case "reminder":
      return {
        subject: `Reminder: your ${clinic} appointment is coming up`,
        blocks: [
          { paragraph: "This is a reminder of your upcoming appointment:" },
          visitRows(details),
          zoneNote,
          { paragraph: "Please arrive 10 minutes early. If you can no longer come, let us know so someone else can have the time." },
          manage,
          help,
        ],
      };
  }
}

function textOf(block: Block): string {
  if ("paragraph" in block) return block.paragraph;
  if ("rows" in block) return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n");
  return `${block.link[0]}: ${block.link[1]}`;
}

function htmlOf(block: Block): string {
  if ("paragraph" in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
  if ("rows" in block) {
    const rows = block.rows.map(([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`);
    return `<table>\n${rows.join("\n")}\n</table>`;
  }
  return `<p><a href="${escapeHtml(block.link[1])}">${escapeHtml(block.link[0])}</a></p>`;
}

/** The confirmation, reschedule, cancellation or reminder email of one appointment, as text and simple HTML. */
export function appointmentEmail(kind: AppointmentEmailKind, details: AppointmentEmailDetails): AppointmentEmail {
  const { subject, blocks } = contentOf(kind, details);
  const greeting = `Hello ${details.patientName},`;
  const signature = `— The ${CLINIC_PROFILE.name} team`;
  return {
    template: `appointment-${kind}`,
    subject,
    textBody: [greeting, ...blocks.map(textOf), signature].join("\n\n"),
    htmlBody: [`<p>${escapeHtml(greeting)}</p>`, ...blocks.map(htmlOf), `<p>${escapeHtml(signature)}</p>`].join("\n"),
  };
}
