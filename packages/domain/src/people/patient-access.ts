import { DomainError } from "../errors/domain-error";

/** What a provider is told about their reach to patient records (the list page and the refusal say the same). */
export const PROVIDER_PATIENT_REACH = "Providers see only the records of patients with a visit with them, past or upcoming.";

/**
 * A provider asking for the record of a patient who has no visit with them: refused with the reason
 * (issue #10 §1, least privilege), never answered as if the record did not exist. The refused patient's
 * id rides along so the audit trail can file the refusal under that record.
 */
export class NotYourPatient extends DomainError {
  constructor(patientId: string) {
    super("forbidden", `This patient has no visit with you. ${PROVIDER_PATIENT_REACH} Ask the front desk if you need this record.`, { patientId });
    this.name = "NotYourPatient";
  }
}
