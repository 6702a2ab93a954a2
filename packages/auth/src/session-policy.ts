import { isStaffRole, type Role } from "@clinic/domain/people/roles";
import { authEnv, type AuthEnv } from "./env";

export type SessionTimings = {
  /** The session ends when unused for this long (sliding). */
  idleMs: number;
  /** The session ends this long after sign-in, however active it is. */
  maxAgeMs: number;
};

const MINUTE = 60_000;

/**
 * How long a session of this role lives. Staff work with many patients' records on shared
 * front-desk machines, so their sessions are shorter (30 min idle, one 12-hour shift) than
 * patients' (60 min idle, 30 days) — values from AUTH_*_MINUTES, defaults in env.ts.
 */
export function sessionTimings(role: Role, env: AuthEnv = authEnv()): SessionTimings {
  return isStaffRole(role)
    ? { idleMs: env.AUTH_STAFF_IDLE_MINUTES * MINUTE, maxAgeMs: env.AUTH_STAFF_MAX_AGE_MINUTES * MINUTE }
    : { idleMs: env.AUTH_PATIENT_IDLE_MINUTES * MINUTE, maxAgeMs: env.AUTH_PATIENT_MAX_AGE_MINUTES * MINUTE };
}

/** lastSeenAt is written at most this often, so a busy page does not write on every request. */
export const LAST_SEEN_WRITE_INTERVAL_MS = MINUTE;
