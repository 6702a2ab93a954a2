"use client";

import "./globals.css";

/** Last resort when even the page frame failed (e.g. the database is down); it replaces the whole document. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="bg-canvas font-sans text-ink">
        <main className="mx-auto max-w-2xl px-4 py-20 text-center">
          <h1 className="text-3xl font-semibold">Something went wrong on our side</h1>
          <p className="mt-4 text-lg text-muted">
            The site is having trouble right now. Please try again in a few minutes.
          </p>
          <button
            type="button"
            onClick={reset}
            className="mt-8 rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
