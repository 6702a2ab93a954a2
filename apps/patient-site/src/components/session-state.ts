"use client";

import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";

/**
 * Whether the visitor is signed in, asked by the browser (cached pages are rendered for nobody in
 * particular). False until known, and without JavaScript: those visitors see "Sign in", and the
 * sign-in page sends a signed-in patient straight on. Asked again after every navigation (sign-in redirects).
 * A module store, not TanStack Query: the library pages load no query client (docs/decisions/0092).
 */
let signedIn = false;
const listeners = new Set<() => void>();
/** Bumped by every question and by sign-out, so an answer that arrives late never overrides a newer state. */
let generation = 0;
let askedFor: string | null = null;

function publish(value: boolean): void {
  if (value === signedIn) return;
  signedIn = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function ask(pathname: string): Promise<void> {
  // The header, the mobile menu and the page may all ask after one navigation: one request answers them.
  if (askedFor === pathname) return;
  askedFor = pathname;
  const asked = ++generation;
  try {
    const response = await fetch("/api/session-state", { cache: "no-store", credentials: "same-origin" });
    const value = response.ok && ((await response.json()) as { signedIn?: unknown }).signedIn === true;
    if (asked === generation) publish(value);
  } catch {
    // Offline or aborted: keep what is shown; the next navigation asks again.
  } finally {
    if (askedFor === pathname && asked === generation) askedFor = null;
  }
}

export function useSignedIn(): boolean {
  const pathname = usePathname();
  useEffect(() => {
    void ask(pathname);
  }, [pathname]);
  return useSyncExternalStore(subscribe, () => signedIn, () => false);
}

/** After signing out the links change at once, before the redirect lands. */
export function useForgetSession(): () => void {
  return () => {
    generation++;
    askedFor = null;
    publish(false);
  };
}
