import type { Database } from "@clinic/db/client";
import type { AuditContext } from "@clinic/db/queries/audit";
import type { PatientUser } from "../../trpc";

/** What a patient's booking, reschedule or cancellation runs with: their request's context. */
export type PatientContext = AuditContext & { db: Database; user: PatientUser };

/** What a booking or a move runs with, for a patient or by staff: the request's context (for the audit) and the database. */
export type BookingContext = AuditContext & { db: Database };
