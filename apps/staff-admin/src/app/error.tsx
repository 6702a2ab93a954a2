"use client";

import { PageError } from "~/components/page-error";

// Catches failures of the staff layout itself (e.g. the session check), outside the navigation.
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main-content" className="mx-auto max-w-xl px-4 py-16">
      <PageError digest={error.digest} reset={reset} />
    </main>
  );
}
