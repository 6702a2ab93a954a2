"use client";

import { buttonClasses } from "@clinic/ui/button";
import Link from "next/link";
import type { ReactNode } from "react";
import { NavLink } from "./nav-link";
import { useSignedIn } from "./session-state";
import { SignOutButton } from "./sign-out-button";

/** The header's account links, decided in the browser so the header never makes a page per-visitor. */
export function AccountLinks({ className }: { className: string }) {
  const signedIn = useSignedIn();
  return (
    <ul className={className}>
      {signedIn ? (
        <>
          <li>
            <NavLink href="/appointments">My appointments</NavLink>
          </li>
          <li>
            <NavLink href="/profile">Profile</NavLink>
          </li>
          <li>
            <SignOutButton />
          </li>
        </>
      ) : (
        <>
          <li>
            <Link href="/sign-in" className={buttonClasses({ variant: "ghost", size: "sm" })}>
              Sign in
            </Link>
          </li>
          <li>
            <Link href="/sign-up" className={buttonClasses({ variant: "primary", size: "sm" })}>
              Sign up
            </Link>
          </li>
        </>
      )}
    </ul>
  );
}

/** Children shown only to a visitor who is not known to be signed in (the default without JavaScript). */
export function SignedOutOnly({ children }: { children: ReactNode }) {
  return useSignedIn() ? null : children;
}
