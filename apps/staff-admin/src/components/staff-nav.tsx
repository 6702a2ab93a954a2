"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentPath, type NavItem } from "~/lib/staff-navigation";

/** The staff areas; the server decides which items a role gets, this only marks the current one. */
export function StaffNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Staff areas">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = isCurrentPath(item.href, pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={
                  "inline-flex min-h-10 items-center rounded-lg px-3 font-medium no-underline focus-visible:outline-2 focus-visible:outline-focus " +
                  (current ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50")
                }
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
