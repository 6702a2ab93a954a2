import { buttonClasses } from "@clinic/ui/button";
import Link from "next/link";
import { getSessionUser } from "~/auth";
import { SignOutButton } from "~/components/sign-out-button";
import { MobileMenu } from "./mobile-menu";
import { NavLink } from "./nav-link";

const SECTIONS = [
  { href: "/health-library", label: "Health library" },
  { href: "/services", label: "Services" },
  { href: "/providers", label: "Providers" },
  { href: "/locations", label: "Locations" },
  // Exact: the confirmation page under /book/confirmed is not the booking form.
  { href: "/book", label: "Book", exact: true },
] as const;

function SectionLinks({ className }: { className: string }) {
  return (
    <ul className={className}>
      {SECTIONS.map((section) => (
        <li key={section.href}>
          <NavLink href={section.href} exact={"exact" in section}>
            {section.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function AccountLinks({ signedIn, className }: { signedIn: boolean; className: string }) {
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

/**
 * The clinic's name and the site's links. Wide screens show them in one row; phones get one compact
 * "Menu" disclosure, so the header stays one line instead of a quarter of the screen.
 */
export async function SiteHeader({ clinicName }: { clinicName: string }) {
  const signedIn = (await getSessionUser()) !== null;

  return (
    <header className="relative border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-x-6 px-4 py-2.5 sm:px-6 lg:py-4">
        <Link href="/" className="text-lg font-semibold text-brand-800 no-underline">
          {clinicName}
        </Link>
        <nav aria-label="Main" className="hidden lg:block">
          <SectionLinks className="flex flex-wrap gap-1" />
        </nav>
        <nav aria-label="Account" className="hidden lg:block">
          <AccountLinks signedIn={signedIn} className="flex flex-wrap items-center gap-2" />
        </nav>
        <MobileMenu>
          <nav aria-label="Main">
            <SectionLinks className="flex flex-col gap-1 [&_a]:block [&_a]:py-2" />
          </nav>
          <nav aria-label="Account" className="mt-3 border-t border-line pt-3">
            <AccountLinks signedIn={signedIn} className="flex flex-wrap items-center gap-2" />
          </nav>
        </MobileMenu>
      </div>
    </header>
  );
}
