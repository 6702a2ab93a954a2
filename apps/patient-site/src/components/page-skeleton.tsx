import { Skeleton } from "@clinic/ui/skeleton";
import { CardsSkeleton } from "./cards-skeleton";

/** A whole list page while it loads: title, lead and cards. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div>
      <Skeleton className="h-10 w-2/3 max-w-md" />
      <Skeleton className="mt-4 mb-10 h-5 w-full max-w-2xl" />
      <CardsSkeleton label={label} />
    </div>
  );
}
