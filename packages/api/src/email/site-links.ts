import { z } from "zod";

const DEFAULT_PATIENT_SITE_URL = "http://localhost:3000";

const patientSiteUrlSchema = z.url({ protocol: /^https?$/, error: "PATIENT_SITE_URL must be an http:// or https:// URL." });

/** The origin of a PATIENT_SITE_URL value; unset or empty means the development site. */
export function parsePatientSiteOrigin(value: string | undefined): string {
  return new URL(patientSiteUrlSchema.parse(value?.trim() || DEFAULT_PATIENT_SITE_URL)).origin;
}

let origin: string | undefined;

/**
 * The patient site's public origin, for links in emails and calendar files, which the patient
 * site and the worker both write. Read on first use, so importing this module needs no setting.
 */
export function patientSiteOrigin(): string {
  origin ??= parsePatientSiteOrigin(process.env.PATIENT_SITE_URL);
  return origin;
}

/** Where a patient sees, cancels and reschedules their appointments. */
export function manageAppointmentsUrl(): string {
  return new URL("/appointments", patientSiteOrigin()).toString();
}
