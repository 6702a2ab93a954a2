"use client";

import { PageError } from "~/components/page-error";

// The details of the failure stay in the server log; staff see plain words and a reference.
export default function StaffError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError digest={error.digest} reset={reset} />;
}
