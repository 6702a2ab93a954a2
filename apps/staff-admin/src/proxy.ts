import { REQUESTED_PATH_HEADER, signInPath } from "@clinic/auth/callback-url";
import { edgeAuthConfig } from "@clinic/auth/edge-config";
import NextAuth from "next-auth";
import { NextResponse } from "next/server";

// The database-free config: importing the DB-backed auth here builds, then answers 500. Not the
// lazy `NextAuth(() => config)` form: with it, `auth(handler)` returns a promise, not a proxy function.
const { auth } = NextAuth(edgeAuthConfig("staff"));

/**
 * Sends visitors without a staff session cookie to /sign-in before any page renders, and passes
 * the requested path on so they come back after signing in. A convenience only: the cookie is
 * not checked against the database here — every page and procedure does that itself.
 */
export const proxy = auth((request) => {
  const requested = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (!request.auth) return NextResponse.redirect(new URL(signInPath(requested), request.nextUrl));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUESTED_PATH_HEADER, requested);
  return NextResponse.next({ request: { headers: requestHeaders } });
});

export const config = {
  // Pages only: not the sign-in page, Auth.js and tRPC endpoints (they answer for themselves), or static files.
  matcher: ["/((?!sign-in|api/|_next/static|_next/image|favicon\\.ico|robots\\.txt).*)"],
};
