import { diffLines, diffWords } from "diff";

/** A run of text that both revisions share, or that only the newer (added) or older (removed) one has. */
export type DiffPart = { text: string; change: "same" | "added" | "removed" };
export type FieldDiff = { field: string; label: string; changed: boolean; parts: DiffPart[] };

type Comparable = {
  title: string;
  slug: string;
  kind: string;
  summary: string;
  bodyMarkdown: string;
  citations: { title: string; publisher: string; url: string; accessedOn: string }[];
  relatedServiceIds: string[];
  relatedArticleIds: string[];
};

const parts = (changes: { value: string; added?: boolean; removed?: boolean }[]): DiffPart[] =>
  changes.map((change) => ({ text: change.value, change: change.added ? "added" : change.removed ? "removed" : "same" }));

/**
 * What changed from `older` to `newer`, field by field (jsdiff: words for short fields, lines for the
 * body and lists, so a reviewer reads Markdown changes the way they were written).
 */
export function revisionDiff(older: Comparable, newer: Comparable, names: { services: Map<string, string>; articles: Map<string, string> }): FieldDiff[] {
  const citationLines = (revision: Comparable) => revision.citations.map((c) => `${c.title} — ${c.publisher} — ${c.url} (read ${c.accessedOn})\n`).join("");
  const nameLines = (ids: string[], map: Map<string, string>) => ids.map((id) => `${map.get(id) ?? "(removed)"}\n`).sort().join("");
  const fields: [string, string, string, string, "words" | "lines"][] = [
    ["title", "Title", older.title, newer.title, "words"],
    ["slug", "Address", older.slug, newer.slug, "words"],
    ["kind", "Kind", older.kind, newer.kind, "words"],
    ["summary", "Summary", older.summary, newer.summary, "words"],
    ["bodyMarkdown", "Text", older.bodyMarkdown, newer.bodyMarkdown, "lines"],
    ["relatedServiceIds", "Related services", nameLines(older.relatedServiceIds, names.services), nameLines(newer.relatedServiceIds, names.services), "lines"],
    ["relatedArticleIds", "Related articles", nameLines(older.relatedArticleIds, names.articles), nameLines(newer.relatedArticleIds, names.articles), "lines"],
    ["citations", "Sources", citationLines(older), citationLines(newer), "lines"],
  ];
  return fields.map(([field, label, before, after, unit]) => ({
    field,
    label,
    changed: before !== after,
    parts: parts(unit === "words" ? diffWords(before, after) : diffLines(before, after)),
  }));
}
