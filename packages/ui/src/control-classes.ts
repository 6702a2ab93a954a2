import { cn } from "./cn";

/** Shared look of text inputs, textareas and selects; `invalid` adds a red border beside aria-invalid. */
export function controlClasses(invalid: boolean | undefined, className?: string): string {
  return cn(
    "block w-full rounded-lg border bg-surface px-3 py-2 text-base text-ink placeholder:text-muted",
    "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus",
    "disabled:cursor-not-allowed disabled:bg-canvas read-only:bg-canvas",
    invalid ? "border-danger-700" : "border-line-strong",
    className,
  );
}
