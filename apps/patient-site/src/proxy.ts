import { REQUESTED_PATH_HEADER } from "@clinic/auth/callback-url";
import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path to server components so `requireUser()` can send a signed-out
 * patient to /sign-in and back. Deliberately no session check here: pages and procedures
 * check the session against the database themselves.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Only pages that need a signed-in patient; everything else skips the proxy entirely.
  matcher: ["/appointments/:path*", "/profile/:path*"],
};
