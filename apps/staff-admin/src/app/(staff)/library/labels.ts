import type { ArticleKind, ArticleStatus, RevisionState } from "@clinic/domain/content/article-kind";

export const KIND_LABELS: Record<ArticleKind, string> = {
  condition: "Condition",
  treatment: "Treatment",
  service: "Service page",
  page: "Page",
};

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  archived: "Archived",
};

/** A published article's next revision, said in the list beside its status. */
export function pendingChange(status: ArticleStatus, latestState: RevisionState): string | null {
  if (status !== "published" && status !== "archived") return null;
  if (latestState === "draft") return "changes in draft";
  if (latestState === "in_review") return "changes in review";
  return null;
}
