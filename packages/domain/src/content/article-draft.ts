import { z } from "zod";
import { freeText } from "../text/free-text";
import { ARTICLE_KINDS } from "./article-kind";

/** An article's address on the patient site: lower-case words joined by dashes. */
export const articleSlug = z
  .string()
  .trim()
  .min(1, "Give the article's address.")
  .max(120, "Keep the address to at most 120 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "An article address uses lower-case letters, digits and dashes.")
  // /health-library/preview/… is where signed draft previews live.
  .refine((slug) => slug !== "preview", "“preview” is reserved for draft previews: choose another address.");

/** A source the text relies on, as a reader would look it up. */
export const citationSchema = z.object({
  title: freeText().trim().min(1, "Give the source's title.").max(300, "Keep the title to at most 300 characters."),
  publisher: freeText().trim().max(200, "Keep the publisher to at most 200 characters."),
  url: z
    .url({ protocol: /^https?$/, error: "Give the source's web address, starting with https://." })
    .max(2000, "That web address is too long."),
  /** YYYY-MM-DD: when the editor last read the source. */
  accessedOn: z.iso.date({ error: "Give the date you read the source as YYYY-MM-DD." }),
});
export type Citation = z.infer<typeof citationSchema>;

/** Everything an editor writes; every save of it becomes a revision. */
export const articleDraftSchema = z.object({
  title: freeText().trim().min(1, "Give the article a title.").max(200, "Keep the title to at most 200 characters."),
  slug: articleSlug,
  kind: z.enum(ARTICLE_KINDS, { error: "Choose what kind of article this is." }),
  summary: freeText().trim().min(1, "Write a one- or two-sentence summary.").max(600, "Keep the summary to at most 600 characters."),
  bodyMarkdown: freeText().max(100_000, "The text is too long: split it into two articles."),
  relatedServiceIds: z.array(z.uuid()).max(20, "Link at most 20 services."),
  relatedArticleIds: z.array(z.uuid()).max(20, "Link at most 20 articles."),
  citations: z.array(citationSchema).max(40, "Cite at most 40 sources."),
});
export type ArticleDraft = z.infer<typeof articleDraftSchema>;

/** The editor form's single-value fields, in the order it shows them. */
export const ARTICLE_DRAFT_FIELDS = ["title", "slug", "kind", "summary", "bodyMarkdown"] as const;
export type ArticleDraftField = (typeof ARTICLE_DRAFT_FIELDS)[number];

/** A slug proposed from a title: "Upper back pain (thoracic)" → "upper-back-pain-thoracic". */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)
    .replace(/-+$/, "");
}
