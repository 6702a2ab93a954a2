import type { Role } from "./roles";

/**
 * Who is making a request, as the API sees it once the app has checked the session.
 * `patientId` is set for patients (their patient-profile id), null for staff.
 */
export type SessionUser = {
  id: string;
  role: Role;
  name: string;
  email: string;
  patientId: string | null;
  /** The server-side session row (auth_sessions.id) this request belongs to. */
  sessionId: string;
};
