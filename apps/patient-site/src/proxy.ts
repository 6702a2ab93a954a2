import { REQUESTED_PATH_HEADER } from "@clinic/auth/callback-url";
import { currentSecurityHeaderMode, secureRequest } from "@clinic/auth/security-headers";
import { NextResponse, type NextRequest } from "next/server";

/**
 * Gives every page its security headers and a fresh CSP nonce, and passes the requested path to
 * server components so `requireUser()` can send a signed-out patient to /sign-in and back.
 * Deliberately no session check here: pages and procedures check the session against the database themselves.
 */
export function proxy(request: NextRequest) {
  const secured = secureRequest(request.headers, currentSecurityHeaderMode());
  secured.requestHeaders.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return secured.applyTo(NextResponse.next({ request: { headers: secured.requestHeaders } }));
}

export const config = {
  // Pages only: API routes answer for themselves; static files need no nonce.
  matcher: ["/((?!api/|media/|_next/static|_next/image|favicon\\.ico|icon|apple-icon|manifest|robots\\.txt|sitemap\\.xml).*)"],
};
