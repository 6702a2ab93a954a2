import type { ArticleKind } from "@clinic/domain/content/article-kind";

/** How the health library names each kind of article, in the order its sections appear. */
export const LIBRARY_SECTIONS: { kind: ArticleKind; label: string; description: string }[] = [
  { kind: "condition", label: "Conditions", description: "What a condition is, why it happens and how it is diagnosed." },
  { kind: "treatment", label: "Treatments", description: "How a treatment works, what to expect and who it may help." },
  { kind: "service", label: "Our services", description: "How our services work." },
  { kind: "page", label: "About the clinic", description: "Information about the clinic." },
];

/** The filters offered to visitors; service and clinic pages are not part of the medical library. */
export const LIBRARY_FILTERS = ["condition", "treatment"] as const satisfies readonly ArticleKind[];
export type LibraryFilter = (typeof LIBRARY_FILTERS)[number];

export function parseLibraryFilter(value: string | string[] | undefined): LibraryFilter | undefined {
  return LIBRARY_FILTERS.find((kind) => kind === value);
}
