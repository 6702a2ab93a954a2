import type { ReactNode } from "react";

export type EmptyStateProps = { title: string; description?: ReactNode; action?: ReactNode };

/** What a list shows when it has nothing yet, with the next step to take. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-card border border-dashed border-line-strong bg-surface px-6 py-12 text-center">
      <p className="text-lg font-semibold text-ink">{title}</p>
      {description ? <div className="max-w-prose text-muted">{description}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
