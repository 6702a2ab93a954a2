import { articleDraftSchema, type ArticleDraft } from "@clinic/domain/content/article-draft";
import { ARTICLE_KINDS, type ArticleKind } from "@clinic/domain/content/article-kind";
import type { AssessableDraft } from "@clinic/domain/content/assess-article";
import type { ZodError } from "zod";

/** Citation rows the form always offers beyond the ones filled in (no script needed to add a source). */
export const EMPTY_CITATION_ROWS = 2;
export const MAX_CITATION_ROWS = 40;
const CITATION_PARTS = ["title", "publisher", "url", "accessedOn"] as const;

/** Every value the editor form posts, as text: what is shown again after a refusal. */
export type ArticleFormValues = Record<string, string>;

export const citationField = (index: number, part: (typeof CITATION_PARTS)[number]) => `citation-${index}-${part}`;

/** The posted form as the editor wrote it: the simple fields, chosen links (comma lists) and citation rows. */
export function articleFormValues(form: FormData): ArticleFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, 100_000) : "";
  };
  const values: ArticleFormValues = {};
  for (const name of ["title", "slug", "kind", "summary", "bodyMarkdown"]) values[name] = text(name);
  values.relatedServiceIds = form.getAll("relatedServiceIds").filter((id) => typeof id === "string").join(",");
  values.relatedArticleIds = form.getAll("relatedArticleIds").filter((id) => typeof id === "string").join(",");
  const rows = Math.min(Number(text("citationRows")) || 0, MAX_CITATION_ROWS + EMPTY_CITATION_ROWS);
  values.citationRows = String(rows);
  for (let index = 0; index < rows; index++) for (const part of CITATION_PARTS) values[citationField(index, part)] = text(citationField(index, part));
  return values;
}

/** Citation rows left entirely blank are not sources: they are the form's spare rows. */
function citationsOf(values: ArticleFormValues) {
  const rows = Number(values.citationRows) || 0;
  const citations: { row: number; citation: Record<(typeof CITATION_PARTS)[number], string> }[] = [];
  for (let row = 0; row < rows; row++) {
    const citation = Object.fromEntries(CITATION_PARTS.map((part) => [part, (values[citationField(row, part)] ?? "").trim()])) as Record<(typeof CITATION_PARTS)[number], string>;
    if (CITATION_PARTS.some((part) => citation[part] !== "")) citations.push({ row, citation });
  }
  return citations;
}

const list = (joined: string | undefined) => (joined ? joined.split(",").filter(Boolean) : []);

/** The draft the form describes, or the first problem of each field (keyed by the form's field names). */
export function parseArticleForm(values: ArticleFormValues): { draft: ArticleDraft } | { fieldErrors: Record<string, string> } {
  const citations = citationsOf(values);
  const parsed = articleDraftSchema.safeParse({
    title: values.title,
    slug: values.slug,
    kind: values.kind,
    summary: values.summary,
    bodyMarkdown: values.bodyMarkdown,
    relatedServiceIds: list(values.relatedServiceIds),
    relatedArticleIds: list(values.relatedArticleIds),
    citations: citations.map((entry) => entry.citation),
  });
  if (parsed.success) return { draft: parsed.data };
  return { fieldErrors: fieldErrorsOf(parsed.error, citations.map((entry) => entry.row)) };
}

/** zod paths → the form's field names: ["citations", 0, "url"] is the url box of the first filled row. */
export function fieldErrorsOf(error: ZodError, citationRows: number[] = []): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path[0] === "draft" ? issue.path.slice(1) : issue.path;
    const [first, index, part] = path;
    let field = typeof first === "string" ? first : "form";
    if (first === "citations" && typeof index === "number" && typeof part === "string") field = `citation-${citationRows[index] ?? index}-${part}`;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The form's values for a saved revision (what the editor opens with). */
export function valuesOfDraft(draft: ArticleDraft): ArticleFormValues {
  const values: ArticleFormValues = {
    title: draft.title,
    slug: draft.slug,
    kind: draft.kind,
    summary: draft.summary,
    bodyMarkdown: draft.bodyMarkdown,
    relatedServiceIds: draft.relatedServiceIds.join(","),
    relatedArticleIds: draft.relatedArticleIds.join(","),
    citationRows: String(draft.citations.length + EMPTY_CITATION_ROWS),
  };
  draft.citations.forEach((citation, index) => {
    for (const part of CITATION_PARTS) values[citationField(index, part)] = citation[part];
  });
  return values;
}

/** What the readability and warnings panel grades: the form as typed, even when it would not save yet. */
export function assessableOf(values: ArticleFormValues): AssessableDraft {
  const kind = (ARTICLE_KINDS as readonly string[]).includes(values.kind ?? "") ? (values.kind as ArticleKind) : undefined;
  return { kind, summary: values.summary ?? "", bodyMarkdown: values.bodyMarkdown ?? "", citations: citationsOf(values) };
}
