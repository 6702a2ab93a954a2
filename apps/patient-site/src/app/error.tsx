"use client";

// button-classes, not button: the error boundary is on every page and the Button brings tailwind-merge (0092).
import { buttonClasses } from "@clinic/ui/button-classes";
import Link from "next/link";

/** Shown when a page fails on the server or in the browser; the details stay in the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl py-10 text-center">
      <h1 className="text-3xl font-semibold sm:text-4xl">Something went wrong on our side</h1>
      <p className="mt-4 text-lg text-muted">
        This page could not be shown just now. Please try again. If it keeps happening, call the clinic and we will help
        you over the phone.
      </p>
      {error.digest ? <p className="mt-2 text-sm text-muted">Reference for our staff: {error.digest}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className={buttonClasses()}>
          Try again
        </button>
        <Link href="/" className={buttonClasses({ variant: "secondary" })}>
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
