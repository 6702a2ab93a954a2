"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * The header's links on small screens behind one "Menu" button: a <details> disclosure, so it opens
 * without JavaScript too. Keyed by the path, so it closes again after a link inside it is followed.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return (
    <details key={pathname} className="group lg:hidden">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-line-strong px-3 font-medium text-ink hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="text-lg leading-none">
          <span className="group-open:hidden">☰</span>
          <span className="hidden group-open:inline">✕</span>
        </span>
        Menu
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-line bg-surface px-4 py-3 shadow-card sm:px-6">
        {children}
      </div>
    </details>
  );
}
