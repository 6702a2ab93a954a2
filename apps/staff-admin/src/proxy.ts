import { REQUESTED_PATH_HEADER, signInPath } from "@clinic/auth/callback-url";
import { edgeAuthConfig } from "@clinic/auth/edge-config";
import { currentSecurityHeaderMode, secureRequest } from "@clinic/auth/security-headers";
import NextAuth from "next-auth";
import { NextResponse } from "next/server";

// The database-free config: importing the DB-backed auth here builds, then answers 500. Not the
// lazy `NextAuth(() => config)` form: with it, `auth(handler)` returns a promise, not a proxy function.
const { auth } = NextAuth(edgeAuthConfig("staff"));

/** Sign-in (its second step included), a forgotten password and accepting an invitation are open to everyone; they get the security headers but no session check. */
const OPEN_PAGE = /^\/(sign-in|forgot-password|reset-password|invitation)(\/|$)/;

/**
 * Gives every page its security headers and a fresh CSP nonce. Sends visitors without a staff
 * session cookie to /sign-in before any other page renders, and passes the requested path on so
 * they come back after signing in. A convenience only: the cookie is not checked against the
 * database here — every page and procedure does that itself.
 */
export const proxy = auth((request) => {
  const secured = secureRequest(request.headers, currentSecurityHeaderMode());
  const requested = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (!OPEN_PAGE.test(request.nextUrl.pathname)) {
    if (!request.auth) return secured.applyTo(NextResponse.redirect(new URL(signInPath(requested), request.nextUrl)));
    secured.requestHeaders.set(REQUESTED_PATH_HEADER, requested);
  }
  return secured.applyTo(NextResponse.next({ request: { headers: secured.requestHeaders } }));
});

export const config = {
  // Pages only: not Auth.js and tRPC endpoints (they answer for themselves), or static files.
  matcher: ["/((?!api/|media/|_next/static|_next/image|favicon\\.ico|icon|apple-icon|manifest|robots\\.txt).*)"],
};
