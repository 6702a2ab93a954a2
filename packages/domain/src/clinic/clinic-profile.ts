import { SERVICE_CATEGORIES, SERVICE_CATEGORY_LABELS, type ServiceCategory } from "./service-category";

/** How the clinic presents itself on every page; one place, so the site, emails and seed agree. */
export const CLINIC_PROFILE = {
  name: "Riverbend Pain & Wellness",
  /** Where the full name does not fit (the staff header). */
  shortName: "Riverbend",
  tagline: "Interventional pain care, physical therapy and therapeutic massage under one roof.",
  /** The main line that reaches either front desk. */
  phone: "(512) 555-0100",
  /** The clinic's home zone (Austin), for times that belong to no one location: sessions, audit days, review dates, staff lists. */
  timeZone: "America/Chicago",
} as const;

const DISCIPLINE_DESCRIPTIONS: Record<ServiceCategory, string> = {
  interventional_pain:
    "Physicians who diagnose the source of pain and treat it with targeted procedures such as nerve blocks and epidural steroid injections.",
  physical_therapy:
    "Doctors of physical therapy who restore strength, mobility and posture with hands-on care and an exercise plan you can keep up at home.",
  massage_therapy:
    "Licensed massage therapists at VIDA Massage & Spa who ease muscle tension and support recovery alongside your treatment plan.",
};

export type Discipline = { category: ServiceCategory; label: string; description: string };

/** The three disciplines in the clinic's own order, with the words patients read about them. */
export const DISCIPLINES: readonly Discipline[] = SERVICE_CATEGORIES.map((category) => ({
  category,
  label: SERVICE_CATEGORY_LABELS[category],
  description: DISCIPLINE_DESCRIPTIONS[category],
}));
