import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { ROLE_LABELS } from "@clinic/domain/people/roles";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireStaff } from "~/auth";
import { SignOutButton } from "~/components/sign-out-button";
import { SkipLink } from "~/components/skip-link";
import { StaffNav } from "~/components/staff-nav";
import { navigationFor } from "~/lib/staff-navigation";

// Every staff page depends on who is signed in; nothing here may be prerendered or cached.
export const dynamic = "force-dynamic";

/**
 * Every staff page sits behind this layout. The session is checked here on the server (proxy.ts only
 * redirects early for convenience), and each procedure checks the role again.
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff();
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-6">
            <Link href="/" className="font-semibold text-brand-800 no-underline">
              {CLINIC_PROFILE.shortName} Staff
            </Link>
            <StaffNav items={navigationFor(user.role)} />
          </div>
          <div className="flex items-center gap-3">
            <p className="text-sm">
              <Link href="/my-account" className="font-medium text-ink" aria-label={`My account: ${user.name}`}>
                {user.name}
              </Link>
              <span className="text-muted"> · {ROLE_LABELS[user.role]}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
