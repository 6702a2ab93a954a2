import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, NONCE_HEADER, secureRequest, securityHeaders } from "./security-headers";

const production = { development: false, production: true };

describe("the Content-Security-Policy", () => {
  it("lets scripts run only with the response's nonce, and nothing frame the page", () => {
    const policy = contentSecurityPolicy("abc123", production);
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows eval in development only", () => {
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", production)).not.toContain("unsafe-eval");
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS in production only", () => {
    expect(securityHeaders("n", production)["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(securityHeaders("n", { development: true, production: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("always sends nosniff, the referrer policy, a permissions policy and frame denial", () => {
    expect(securityHeaders("n", { development: false, production: false })).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": expect.stringContaining("camera=()") as unknown,
      "X-Frame-Options": "DENY",
    });
  });
});

describe("secureRequest", () => {
  it("passes the nonce on in the request's CSP (where Next reads it) and puts the same policy on the response", () => {
    const secured = secureRequest(new Headers({ cookie: "a=b" }), production);
    const nonce = secured.requestHeaders.get(NONCE_HEADER) ?? "";
    expect(secured.requestHeaders.get("Content-Security-Policy")).toContain(`'nonce-${nonce}'`);
    expect(secured.requestHeaders.get("cookie")).toBe("a=b");
    const response = secured.applyTo(new Response(null));
    expect(response.headers.get("Content-Security-Policy")).toBe(secured.requestHeaders.get("Content-Security-Policy"));
    expect(response.headers.get("Strict-Transport-Security")).not.toBeNull();
  });

  it("uses a given nonce (the patient site's page cache renders with a placeholder it replaces later)", () => {
    const secured = secureRequest(new Headers(), production, "0123456789abcdef0123456789abcdef");
    expect(secured.requestHeaders.get(NONCE_HEADER)).toBe("0123456789abcdef0123456789abcdef");
    expect(secured.applyTo(new Response(null)).headers.get("Content-Security-Policy")).toContain("'nonce-0123456789abcdef0123456789abcdef'");
  });
});
