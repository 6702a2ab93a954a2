import { randomUUID } from "node:crypto";
import { clientIp, clientUserAgent } from "@clinic/auth/client-info";
import { getDb, type Database } from "@clinic/db/client";
import type { SessionUser } from "@clinic/domain/people/session-user";

export type CreateContextOptions = {
  headers: Headers;
  /** The signed-in user as the app's auth checked it (server-side session), or null. */
  user: SessionUser | null;
  /** Tests pass their own database; apps use the shared one. */
  db?: Database;
};

export type TRPCContext = {
  db: Database;
  user: SessionUser | null;
  /** Ties log lines and audit events of one request together. */
  requestId: string;
  ip: string | null;
  userAgent: string | null;
};

const MAX_REQUEST_ID_LENGTH = 128;

/**
 * Builds the context of one API request. Synchronous on purpose: it can be passed straight to
 * `createPatientCaller(...)` as well as awaited.
 */
export function createTRPCContext({ headers, user, db }: CreateContextOptions): TRPCContext {
  const requestId = headers.get("x-request-id")?.trim();
  return {
    db: db ?? getDb(),
    user,
    requestId: requestId && requestId.length <= MAX_REQUEST_ID_LENGTH ? requestId : randomUUID(),
    // The same rule as sign-in throttling: the address the nearest proxy saw, not what the client claims.
    ip: clientIp(headers),
    userAgent: clientUserAgent(headers),
  };
}
