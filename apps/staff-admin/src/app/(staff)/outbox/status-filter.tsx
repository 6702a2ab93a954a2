import Link from "next/link";
import { EMAIL_STATUS_LABELS, outboxHref, type EmailStatus } from "./outbox-params";

const CHOICES: { status: EmailStatus | undefined; label: string }[] = [
  { status: undefined, label: "All" },
  ...Object.entries(EMAIL_STATUS_LABELS).map(([status, label]) => ({ status: status as EmailStatus, label })),
];

/** Links rather than a form: each filter is a URL an administrator can share or reload. */
export function StatusFilter({ current }: { current: EmailStatus | undefined }) {
  return (
    <nav aria-label="Filter emails by status" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {CHOICES.map(({ status, label }) => {
          const selected = status === current;
          return (
            <li key={label}>
              <Link
                href={outboxHref(status)}
                aria-current={selected ? "page" : undefined}
                className={
                  "inline-flex min-h-10 items-center rounded-lg border px-3 text-sm font-medium no-underline focus-visible:outline-2 focus-visible:outline-focus " +
                  (selected ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-surface text-brand-800 hover:bg-brand-50")
                }
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
