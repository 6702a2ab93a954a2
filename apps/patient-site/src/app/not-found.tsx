import { buttonClasses } from "@clinic/ui/button";
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-10 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">Error 404</p>
      <h1 className="mt-2 text-3xl font-semibold sm:text-4xl">We could not find that page</h1>
      <p className="mt-4 text-lg text-muted">
        The address may be mistyped, or the page may have moved. Try the home page or the health library.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className={buttonClasses()}>
          Go to the home page
        </Link>
        <Link href="/health-library" className={buttonClasses({ variant: "secondary" })}>
          Browse the health library
        </Link>
      </div>
    </div>
  );
}
