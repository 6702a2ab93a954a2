import { CredentialsSignin, type NextAuthConfig, type Session } from "next-auth";
import type { Audience } from "./audience";
import { authEnv, trustHost, useSecureCookies } from "./env";

/** The session shape the apps see: only the server-side session id (validated against the DB per request). */
export type ClinicSession = Session & { sessionId?: string };

/**
 * Cookie names per app. Both apps run on localhost in development and cookies ignore ports, so
 * shared names would make the two apps overwrite each other's sign-in. The JWT is also salted
 * with the session cookie name, so a staff token cannot be replayed on the patient site.
 */
function cookieNames(audience: Audience, secure: boolean) {
  const prefix = secure ? "__Secure-" : "";
  const base = `clinic-${audience}`;
  return {
    sessionToken: { name: `${prefix}${base}.session-token` },
    callbackUrl: { name: `${prefix}${base}.callback-url` },
    // __Host- additionally pins the CSRF cookie to this exact host and path "/".
    csrfToken: { name: `${secure ? "__Host-" : ""}${base}.csrf-token` },
  };
}

/** The name of this app's session cookie; it is also the salt its JWT is encrypted with. */
export function sessionCookieName(audience: Audience): string {
  return cookieNames(audience, useSecureCookies(authEnv())).sessionToken.name;
}

/**
 * The database-free part of the Auth.js configuration: cookies, JWT and session shape. Safe for
 * `proxy.ts` (which must not import the database: it builds, then answers 500). It can only tell
 * "has a well-formed cookie" — real authorization happens in server components and procedures.
 */
export function edgeAuthConfig(audience: Audience): NextAuthConfig {
  const env = authEnv();
  const secure = useSecureCookies(env);
  const maxAgeMinutes = audience === "staff" ? env.AUTH_STAFF_MAX_AGE_MINUTES : env.AUTH_PATIENT_MAX_AGE_MINUTES;
  return {
    secret: env.AUTH_SECRET,
    trustHost: trustHost(env),
    useSecureCookies: secure,
    cookies: cookieNames(audience, secure),
    session: { strategy: "jwt", maxAge: maxAgeMinutes * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      error(error) {
        // A refused sign-in is an expected answer (shown on the form), not a server error.
        if (error instanceof CredentialsSignin) return;
        // Name and cause class only: Auth.js error messages can quote request data such as the email.
        // (Auth.js wraps the original error as `cause.err`.)
        const cause: unknown = error.cause instanceof Error ? error.cause : (error.cause as { err?: unknown } | undefined)?.err;
        console.error("[auth] error:", error.name, cause instanceof Error ? cause.name : "");
      },
    },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        // At sign-in `user` is what authorize returned; keep only the session id and the app,
        // never the name or email (the cookie is encrypted, but minimal is safer and smaller).
        if (user) {
          const sessionId = "sessionId" in user && typeof user.sessionId === "string" ? user.sessionId : null;
          return sessionId ? { sid: sessionId, aud: audience } : null;
        }
        return typeof token.sid === "string" && token.aud === audience ? token : null;
      },
      session({ session, token }) {
        const result: ClinicSession = {
          expires: session.expires,
          sessionId: typeof token.sid === "string" ? token.sid : undefined,
        };
        return result;
      },
    },
  };
}
