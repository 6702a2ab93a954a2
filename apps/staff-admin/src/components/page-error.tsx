"use client";

import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";

/** The body of an error boundary: plain words, a retry, and a reference instead of technical details. */
export function PageError({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <div className="flex flex-col items-start gap-6">
      <h1 className="text-3xl font-semibold">Something went wrong</h1>
      <Alert tone="error" title="This page could not be loaded">
        <p>
          Please try again. If it keeps happening, tell the clinic&apos;s IT contact
          {digest ? ` and quote reference ${digest}` : ""}.
        </p>
      </Alert>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
