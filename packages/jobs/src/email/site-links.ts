import type { AccountSite } from "@clinic/domain/people/account-links";
import { jobsEnv } from "../env";

/** The patient site's public origin, for links in emails and calendar files. */
export function patientSiteOrigin(): string {
  return new URL(jobsEnv().PATIENT_SITE_URL).origin;
}

/** Where a patient sees, cancels and reschedules their appointments. */
export function manageAppointmentsUrl(): string {
  return new URL("/appointments", patientSiteOrigin()).toString();
}

/** An absolute link to a page of the patient site (`path` starts with "/"). */
export function patientSiteUrl(path: string): string {
  return new URL(path, patientSiteOrigin()).toString();
}

/** An absolute link to a page of the app an account signs in to (`path` starts with "/"). */
export function accountSiteUrl(site: AccountSite, path: string): string {
  const env = jobsEnv();
  return new URL(path, site === "patient_site" ? env.PATIENT_SITE_URL : env.STAFF_ADMIN_URL).toString();
}
