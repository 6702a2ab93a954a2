import { type Role } from "@clinic/domain/people/roles";

/** `totpSecret`: the demo staff's authenticator key (base32), published so anyone can try two-step sign-in. */
export type DemoAccount = { email: string; password: string; role: Role; name: string; totpSecret?: string };

/**
 * The demo log-ins: printed by `pnpm dev`, listed in the README and used by the browser tests.
 * Demo-only passwords and authenticator keys for a local database; never seed these into a real deployment.
 * Staff need a code at sign-in: add the key to an authenticator app (the README says how).
 */
export const DEMO_ACCOUNTS = [
  { email: "patient@example.com", password: "patient-demo-2026", role: "patient", name: "Alex Rivera" },
  { email: "admin@example.com", password: "admin-demo-2026", role: "admin", name: "Priya Shah", totpSecret: "RIVERBENDDEMOADMINTWOSTEPKEYAAAA" },
  { email: "provider@example.com", password: "provider-demo-2026", role: "provider", name: "Dr. Maya Okafor", totpSecret: "RIVERBENDDEMOPROVIDERTWOSTEPKEYA" },
  { email: "frontdesk@example.com", password: "frontdesk-demo-2026", role: "front_desk", name: "Tom Becker", totpSecret: "RIVERBENDDEMOFRONTDESKTWOSTEPKEY" },
  { email: "editor@example.com", password: "editor-demo-2026", role: "content_editor", name: "Grace Liu", totpSecret: "RIVERBENDDEMOEDITORTWOSTEPKEYAAA" },
] as const satisfies readonly DemoAccount[];

/** The demo patient's profile (the account with role "patient" above). */
export const DEMO_PATIENT_PROFILE = { email: "patient@example.com", phone: "(512) 555-0142", dateOfBirth: "1984-06-12" };

/** The provider log-in belongs to this provider's public profile. */
export const DEMO_PROVIDER_LINK = { email: "provider@example.com", providerSlug: "dr-maya-okafor" };

/** Articles are authored by the content editor. */
export const DEMO_ARTICLE_AUTHOR_EMAIL = "editor@example.com";

/** Today's demo appointments were booked by the front desk. */
export const DEMO_SCHEDULER_EMAIL = "frontdesk@example.com";
