/**
 * HTTP security headers of both apps, set by their proxy.ts (docs/decisions/0041). Web APIs only,
 * so the proxy (any runtime) and unit tests can use it.
 */

export type SecurityHeaderMode = {
  /** `next dev`: React needs eval for its debugging tools, and the dev overlay styles itself inline. */
  development: boolean;
  /** HSTS only in production: on a developer's http://localhost it would pin the name to https. */
  production: boolean;
};

/** Request header in which the proxy passes the nonce to server components that render their own <script>. */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of one response. Scripts run only with this response's nonce
 * ('strict-dynamic' lets them load Next's chunks); nothing may frame the page, post forms
 * elsewhere, or load plugins.
 */
export function contentSecurityPolicy(nonce: string, mode: Pick<SecurityHeaderMode, "development">): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${mode.development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (React's style prop, Next's route announcer) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  return directives.join("; ");
}

/** Browser features neither app uses; a page that is compromised cannot ask for them either. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
].join(", ");

/** Two years with subdomains: the length the HSTS preload list asks for. */
const HSTS = "max-age=63072000; includeSubDomains";

/** The headers every page response carries, CSP included. */
export function securityHeaders(nonce: string, mode: SecurityHeaderMode): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, mode),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // For browsers older than CSP's frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(mode.production ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/**
 * For a proxy: a fresh nonce (or a given one: the patient site's page cache renders with a placeholder), the request headers to pass on (Next reads the nonce from the
 * request's Content-Security-Policy and adds it to its own scripts) and a function that puts the
 * headers on the response.
 */
export function secureRequest(
  incoming: Headers,
  mode: SecurityHeaderMode,
  nonce: string = createNonce(),
): { requestHeaders: Headers; applyTo<R extends { headers: Headers }>(response: R): R } {
  const headers = securityHeaders(nonce, mode);
  const requestHeaders = new Headers(incoming);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
  return {
    requestHeaders,
    applyTo(response) {
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    },
  };
}

/** The mode of the running build: Next inlines NODE_ENV, so this is a constant in each bundle. */
export function currentSecurityHeaderMode(): SecurityHeaderMode {
  return { development: process.env.NODE_ENV === "development", production: process.env.NODE_ENV === "production" };
}
