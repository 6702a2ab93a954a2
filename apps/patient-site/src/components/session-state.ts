"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useEffect } from "react";

const SESSION_STATE_KEY = ["session-state"] as const;

async function fetchSignedIn(): Promise<boolean> {
  const response = await fetch("/api/session-state", { cache: "no-store", credentials: "same-origin" });
  if (!response.ok) return false;
  return ((await response.json()) as { signedIn?: unknown }).signedIn === true;
}

/**
 * Whether the visitor is signed in, asked by the browser (cached pages are rendered for nobody in
 * particular). False until known, and without JavaScript: those visitors see "Sign in", and the
 * sign-in page sends a signed-in patient straight on. Asked again after every navigation (sign-in redirects).
 */
export function useSignedIn(): boolean {
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: SESSION_STATE_KEY, queryFn: fetchSignedIn, staleTime: 0 });
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: SESSION_STATE_KEY });
  }, [pathname, queryClient]);
  return data ?? false;
}

/** After signing out the links change at once, before the redirect lands. */
export function useForgetSession(): () => void {
  const queryClient = useQueryClient();
  return () => queryClient.setQueryData(SESSION_STATE_KEY, false);
}
