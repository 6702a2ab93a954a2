/**
 * Signs a patient in through the patient site's real Auth.js endpoints (CSRF token, then the
 * credentials callback) and returns the Cookie header the browser would send afterwards.
 */
export async function signInOverHttp(origin: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const separator = pair!.indexOf("=");
      jar.set(pair!.slice(0, separator), pair!.slice(separator + 1));
    }
  };
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(), origin },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${origin}/` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) {
    throw new Error(`sign-in of ${email} failed (HTTP ${response.status}, location ${response.headers.get("location") ?? "none"})`);
  }
  return cookieHeader();
}
