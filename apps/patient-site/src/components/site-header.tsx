import { buttonClasses } from "@clinic/ui/button";
import Link from "next/link";
import { getSessionUser } from "~/auth";
import { SignOutButton } from "~/components/sign-out-button";
import { NavLink } from "./nav-link";

const SECTIONS = [
  { href: "/health-library", label: "Health library" },
  { href: "/services", label: "Services" },
  { href: "/providers", label: "Providers" },
  { href: "/locations", label: "Locations" },
  { href: "/book", label: "Book" },
] as const;

export async function SiteHeader({ clinicName }: { clinicName: string }) {
  const user = await getSessionUser();

  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="text-lg font-semibold text-brand-800 no-underline">
          {clinicName}
        </Link>
        <nav aria-label="Main" className="order-3 w-full lg:order-none lg:w-auto">
          <ul className="flex flex-wrap gap-1">
            {SECTIONS.map((section) => (
              <li key={section.href}>
                <NavLink href={section.href}>{section.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Account">
          <ul className="flex flex-wrap items-center gap-2">
            {user ? (
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
        </nav>
      </div>
    </header>
  );
}
