import { buttonClasses } from "@clinic/ui/button";
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main id="main-content" className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-3xl font-semibold">Page not found</h1>
      <p className="text-muted">We could not find that page. The link may be old, or the record may have been removed.</p>
      <Link href="/" className={buttonClasses()}>
        Go to the dashboard
      </Link>
    </main>
  );
}
