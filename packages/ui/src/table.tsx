import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

/**
 * Below the md breakpoint a stacked table shows each row as a block of its cells, each under its visible
 * label (TD's `label`); the header row stays for screen readers (sr-only), so cells keep their column names.
 */
const STACKED =
  "max-md:block max-md:[&_thead]:sr-only max-md:[&_tbody]:block max-md:[&_tr]:block max-md:[&_tr]:py-2 " +
  "max-md:[&_tbody_th]:block max-md:[&_tbody_th]:py-1.5 max-md:[&_td]:block max-md:[&_td]:py-1.5 max-md:[&_[data-cell-label]]:block";

/**
 * Wide tables scroll inside their own box on small screens instead of widening the page. The box is a
 * Tab stop so keyboard users can scroll it with the arrow keys too (WCAG 2.1.1, axe scrollable-region-focusable).
 * `stacked`: rows reflow into blocks on phones instead, for tables whose last columns must stay in reach (actions).
 */
export function Table({ className, stacked = false, ...props }: HTMLAttributes<HTMLTableElement> & { stacked?: boolean }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-card border border-line bg-surface">
      <table className={cn("w-full border-collapse text-left text-sm", stacked && STACKED, className)} {...props} />
    </div>
  );
}

export function THead({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn("bg-canvas text-ink", className)} {...props} />;
}

export function TBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("divide-y divide-line", className)} {...props} />;
}

export function TR({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn(className)} {...props} />;
}

/** Column header by default; pass scope="row" for a row header. */
export function TH({ className, scope = "col", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope={scope} className={cn("px-4 py-3 font-semibold", className)} {...props} />;
}

/**
 * `label`: the column's name, shown above the cell only when a `stacked` table reflows. Hidden from
 * assistive tech, which already names the cell by its column header.
 */
export function TD({ className, label, children, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { label?: string }) {
  return (
    <td className={cn("px-4 py-3 align-top text-ink", className)} {...props}>
      {label ? (
        <span data-cell-label aria-hidden="true" className="hidden text-xs font-semibold text-muted">
          {label}
        </span>
      ) : null}
      {children}
    </td>
  );
}
