import { PageSkeleton } from "~/components/page-skeleton";

// Only on pages that never answer 404 or redirect: a streamed loading state would turn those into 200s.
export default function Loading() {
  return <PageSkeleton label="Loading providers" />;
}
