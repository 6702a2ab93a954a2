import { cn } from "./cn";

/** A grey placeholder block while data loads; hidden from assistive tech (the page announces loading itself). */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("h-4 animate-pulse rounded-md bg-line", className)} />;
}
