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
  /** Server-side callers (tests, scripts) may name their request; a client's `x-request-id` never becomes ours. */
  requestId?: string;
  /** The client address when the caller knows it better than the headers do (tests); apps leave it out. */
  ip?: string | null;
  /** The patient site's server passes its shared secret so draft-preview links can be checked; HTTP callers never get one. */
  previewSecret?: string | null;
};

export type TRPCContext = {
  db: Database;
  user: SessionUser | null;
  /** Ties log lines and audit events of one request together; made on the server. */
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  previewSecret: string | null;
};

/**
 * Builds the context of one API request. Synchronous on purpose: it can be passed straight to
 * `createPatientCaller(...)` as well as awaited.
 */
export function createTRPCContext({ headers, user, db, requestId, ip, previewSecret }: CreateContextOptions): TRPCContext {
  return {
    db: db ?? getDb(),
    user,
    // The audit trail must not carry ids a client chose (docs/decisions/0040).
    requestId: requestId ?? randomUUID(),
    // The same rule as sign-in throttling: forwarded headers count only from trusted proxies.
    ip: ip === undefined ? clientIp(headers) : ip,
    userAgent: clientUserAgent(headers),
    previewSecret: previewSecret ?? null,
  };
}
