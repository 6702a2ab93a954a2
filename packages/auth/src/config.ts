import { getDb } from "@clinic/db/client";
import NextAuth, { CredentialsSignin, type NextAuthConfig, type NextAuthResult } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Audience } from "./audience";
import { clientIp, clientUserAgent } from "./client-info";
import { edgeAuthConfig } from "./edge-config";
import { revokeSession } from "./sessions";
import { authorizeAndAudit, recordSignOut } from "./sign-in-audit";

/**
 * The full configuration for one app. Built lazily (on the first request), so `next build` can
 * import the app's auth module without AUTH_SECRET or a database.
 */
export function authConfig(audience: Audience): NextAuthConfig {
  const base = edgeAuthConfig(audience);
  return {
    ...base,
    providers: [
      Credentials({
        id: "credentials",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials, request) =>
          authorizeAndAudit(getDb(), {
            audience,
            credentials,
            ip: clientIp(request.headers),
            userAgent: clientUserAgent(request.headers),
          }),
      }),
    ],
    logger: {
      // A refused sign-in is an expected outcome with its own message for the person; Auth.js would
      // log each one as an error with a stack trace. Everything else is logged (it never holds the password).
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
    },
    events: {
      // Signing out ends the server-side session too, so a copied cookie is useless afterwards.
      async signOut(message) {
        const sessionId = "token" in message ? message.token?.sid : undefined;
        if (typeof sessionId !== "string") return;
        await recordSignOut(getDb(), sessionId);
        await revokeSession(getDb(), sessionId);
      },
    },
  };
}

/**
 * Auth.js for one app: `{ handlers, auth, signIn, signOut }`. The cookie holds only the id of an
 * auth_sessions row; use `getSessionUser` from `./session` to get a user checked against the DB.
 */
export function createAuth({ audience }: { audience: Audience }): NextAuthResult {
  return NextAuth(() => authConfig(audience));
}
