import { buttonClasses } from "@clinic/ui/button";
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Access denied" };

/** Rendered with status 403 when `forbidden()` is called, e.g. by requireStaff(roles) for another role. */
export default function Forbidden() {
  return (
    <main id="main-content" className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-3xl font-semibold">Access denied</h1>
      <p className="text-muted">
        Your role does not give access to this page (error 403). If you need it for your work, ask a clinic
        administrator.
      </p>
      <Link href="/" className={buttonClasses()}>
        Go to the dashboard
      </Link>
    </main>
  );
}
