import { DEFAULT_BOOKING_POLICY } from "@clinic/domain/scheduling/booking-policy";
import { type DemoService } from "./types";

// Booking policies: the defaults (12 hours' notice, 60 days ahead, 15-minute steps, online changes
// until 24 hours before) unless a service needs otherwise. A buffer after a visit is the provider's
// time for notes and for resetting the room; massage books on the half hour, as spas do.
const STANDARD = DEFAULT_BOOKING_POLICY;
const MASSAGE = { ...STANDARD, bufferAfterMinutes: 10, slotIntervalMinutes: 30 };

export const DEMO_SERVICES: DemoService[] = [
  {
    slug: "initial-pain-consultation",
    name: "Initial pain consultation",
    category: "interventional_pain",
    durationMinutes: 60,
    description:
      "A first visit with one of our pain physicians. We talk through your pain, your health history and what you have already tried, and do a physical exam. You leave with a written plan that may include medicines, physical therapy, imaging or injection-based treatment.",
    booking: { ...STANDARD, bufferAfterMinutes: 10 },
  },
  {
    slug: "pain-follow-up",
    name: "Pain management follow-up",
    category: "interventional_pain",
    durationMinutes: 30,
    description:
      "A shorter visit to check how your treatment is working. Your physician reviews your progress since the last visit, adjusts medicines or next steps, and answers your questions.",
    booking: STANDARD,
  },
  {
    slug: "injection-consultation",
    name: "Injection consultation",
    category: "interventional_pain",
    durationMinutes: 45,
    description:
      "A visit to decide whether an injection, such as an epidural steroid injection, nerve block or facet joint injection, is a good fit for you. Your physician reviews your imaging and medicines, including blood thinners, and explains the benefits, risks and how to prepare. The injection itself is scheduled as a separate procedure.",
    // Imaging and medicines (blood thinners) are reviewed beforehand, so a day's notice.
    booking: { ...STANDARD, bufferAfterMinutes: 10, minNoticeMinutes: 24 * 60 },
  },
  {
    slug: "physical-therapy-evaluation",
    name: "Physical therapy evaluation",
    category: "physical_therapy",
    durationMinutes: 60,
    description:
      "Your first physical therapy visit. Your therapist measures how you move, your strength and where it hurts, and asks about your daily activities and goals. Together you agree on a treatment plan and start a short home exercise program.",
    booking: { ...STANDARD, bufferAfterMinutes: 15 },
  },
  {
    slug: "physical-therapy-session",
    name: "Physical therapy session",
    category: "physical_therapy",
    durationMinutes: 45,
    description:
      "A follow-up session in an ongoing physical therapy plan. Sessions combine guided exercise, hands-on techniques and posture and movement coaching. Your therapist updates your home exercises as you get stronger.",
    booking: { ...STANDARD, bufferAfterMinutes: 15 },
  },
  {
    slug: "therapeutic-massage-60",
    name: "Therapeutic massage (60 minutes)",
    category: "massage_therapy",
    durationMinutes: 60,
    description:
      "A one-hour massage at VIDA Massage & Spa focused on the areas that bother you most, such as the neck, shoulders and upper back. Your therapist checks in on pressure and comfort throughout. Wear comfortable clothing; you are draped at all times.",
    booking: MASSAGE,
  },
  {
    slug: "therapeutic-massage-90",
    name: "Therapeutic massage (90 minutes)",
    category: "massage_therapy",
    durationMinutes: 90,
    description:
      "A longer massage at VIDA Massage & Spa with time for both targeted work on tight, sore areas and full-body relaxation. A good choice if several areas need attention. Your therapist adjusts pressure to what feels right for you.",
    booking: MASSAGE,
  },
  {
    slug: "myofascial-release-massage",
    name: "Myofascial release massage",
    category: "massage_therapy",
    durationMinutes: 60,
    description:
      "A slow, hands-on technique that uses sustained pressure and gentle stretching of the muscles and the connective tissue around them. It is often used for tight, tender areas between the shoulder blades. Expect to give feedback so the pressure stays comfortable.",
    booking: MASSAGE,
  },
];
