/** The sign-in page, keeping the page to return to (the auth package checks it stays on this site). */
export function signInHref(callbackUrl: string | undefined): string {
  return callbackUrl ? `/sign-in?${new URLSearchParams({ callbackUrl })}` : "/sign-in";
}
