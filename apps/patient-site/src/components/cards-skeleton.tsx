import { Skeleton } from "@clinic/ui/skeleton";

/** Placeholder cards while a list loads; announced once as "Loading" rather than as empty boxes. */
export function CardsSkeleton({ label = "Loading", count = 4 }: { label?: string; count?: number }) {
  return (
    <div role="status" aria-label={label} className="grid gap-6 md:grid-cols-2">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="rounded-card border border-line bg-surface p-5">
          <Skeleton className="h-6 w-1/2" />
          <Skeleton className="mt-3 h-4 w-full" />
          <Skeleton className="mt-2 h-4 w-5/6" />
        </div>
      ))}
    </div>
  );
}
