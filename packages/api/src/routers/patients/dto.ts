import { z } from "zod";
import { appointmentTimingDto } from "../appointments/dto";

export const patientDetailInput = z.object({ patientId: z.uuid("That is not a patient record id.") });

export const patientListItemDto = z.object({
  /** The patient-profile id (not the user id). */
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
});

/** Whose records the caller reaches: every patient's, or (a provider) only those with a visit with them. */
export const patientReachDto = z.enum(["all", "own"]);

export const patientSearchResultDto = z.object({
  items: z.array(patientListItemDto),
  reach: patientReachDto,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PatientSearchResultDto = z.infer<typeof patientSearchResultDto>;

export const patientDetailDto = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  createdAt: z.date(),
  /** "own": the caller is a provider and `appointments` holds only their visits with this patient. */
  reach: patientReachDto,
  appointments: z.array(
    appointmentTimingDto.extend({
      serviceName: z.string(),
      providerName: z.string(),
      locationName: z.string(),
      timeZone: z.string(),
    }),
  ),
});
export type PatientDetailDto = z.infer<typeof patientDetailDto>;

/** Either the new record's id, or the likely duplicates staff should look at first (nothing created). */
export const createPatientResultDto = z.discriminatedUnion("created", [
  z.object({ created: z.literal(true), patientId: z.uuid() }),
  z.object({ created: z.literal(false), duplicates: z.array(patientListItemDto).min(1) }),
]);
export type CreatePatientResultDto = z.infer<typeof createPatientResultDto>;
