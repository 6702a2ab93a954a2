import { z } from "zod";
import { freeText } from "../text/free-text";
import { DomainError } from "../errors/domain-error";
import { articleSlug, slugFromTitle, type ArticleDraft } from "./article-draft";
import { ARTICLE_KINDS } from "./article-kind";
import { SUMMARY_ADVISED_MAX_CHARS } from "./assess-article";

/** Pasted page text accepted by the import (a long article is ~30 kB; the editor's body allows 100 000). */
export const IMPORT_TEXT_MAX_CHARS = 100_000;

/** What the import form posts: the text copied from a browser and the kind of article it becomes. */
export const importTextInput = z.object({
  text: freeText()
    .trim()
    .min(1, "Paste the text of the page to import.")
    .max(IMPORT_TEXT_MAX_CHARS, "The pasted text is longer than 100,000 characters: paste one article at a time."),
  kind: z.enum(ARTICLE_KINDS, { error: "Choose what kind of article this is." }),
});
export type ImportTextInput = z.infer<typeof importTextInput>;

export type ImportedText = { title: string; summary: string; markdownBody: string };

type Block = { type: "heading"; text: string } | { type: "paragraph"; text: string } | { type: "list"; ordered: boolean; items: string[] };

const BULLET = /^[•\-*–·▪◦●]\s+(.+)$/;
const NUMBERED = /^(\d{1,3})[.)]\s+(.+)$/;
/** Calls to action and page furniture a browser copies along with the article (see decision 0094). */
const CALL_TO_ACTION = /\b(click here|book (now|online|an? (appointment|visit|consultation))|make an? app?oi?n?t?ment|request an? appointment|get started|call (us|now|today)|contact us|read more|learn more|skip to (main )?content|share (this|on))\b/i;
const FOOTER = /^(©|\(c\)\s|copyright\b)|all rights reserved/i;
const PHONE_ONLY = /^(tel(ephone)?|phone|call|fax)?[:.\s]*\+?[\d\s().-]{7,}$/i;
/** Text that a browser glued to a paragraph from an image's caption or alt text: "Screenshot 25Although", "SPINEThe". */
const CAPTION_RESIDUE = [/^(screenshot|image|photo|figure|fig\.)\s*\d*\s*(?=[A-Z])/i, /^[A-Z]{2,}(?=[A-Z][a-z])/, /^[a-z]+ (?=[A-Z])/];

function isFurniture(line: string): boolean {
  if (FOOTER.test(line) || PHONE_ONLY.test(line)) return true;
  return line.length <= 160 && CALL_TO_ACTION.test(line);
}

/** A short line standing on its own, starting like a title and not ending like a sentence. */
function looksLikeHeading(line: string): boolean {
  return line.length <= 80 && line.split(/\s+/).length <= 12 && /^[\p{Lu}\d]/u.test(line) && !/[.,;:!]$/.test(line);
}

function withoutCaptionResidue(text: string): string {
  for (const residue of CAPTION_RESIDUE) text = text.replace(residue, "");
  return text;
}

/** Plain text must stay plain: a leading # or > or a lone "1." would otherwise become Markdown structure. */
function escapeMarkdown(text: string): string {
  return text.replace(/^([#>+])/, "\\$1").replace(/^(\d+)([.)])(\s)/, "$1\\$2$3");
}

function blocksOf(text: string): Block[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim());
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "" || isFurniture(line)) {
      // A blank or furniture line ends a paragraph; a list goes on if more items follow.
      if (open?.type === "paragraph") open = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = Boolean(numbered);
      const item = (bullet ? bullet[1] : numbered![2])!;
      if (open?.type === "list" && open.ordered === ordered) open.items.push(item);
      else blocks.push((open = { type: "list", ordered, items: [item] }));
      continue;
    }
    const before = lines[index - 1] ?? "";
    const after = lines[index + 1] ?? "";
    const standsAlone = before === "" && (after === "" || BULLET.test(after) || NUMBERED.test(after));
    if (standsAlone && looksLikeHeading(line)) {
      blocks.push({ type: "heading", text: line });
      open = null;
      continue;
    }
    // A line that does not end a sentence was broken by the page's width: it continues the paragraph.
    if (open?.type === "paragraph" && !/[.!?"”’)]$/.test(open.text)) open.text += ` ${line}`;
    else blocks.push((open = { type: "paragraph", text: withoutCaptionResidue(line) }));
  }
  // A heading whose section is empty (its content was furniture, or nothing followed) is dropped.
  return blocks.filter((block, index) => block.type !== "heading" || (blocks[index + 1] !== undefined && blocks[index + 1]!.type !== "heading"));
}

/** The opening sentences of the first paragraph, up to 300 characters (at least one sentence, cut at a word). */
function summaryOf(blocks: Block[]): string {
  const first = blocks.find((block) => block.type === "paragraph");
  if (!first || first.type !== "paragraph") return "";
  const sentences = first.text.match(/[^.!?]+[.!?]+["”’)]?\s*/g) ?? [first.text];
  let summary = "";
  for (const sentence of sentences) {
    if (summary && (summary + sentence).trim().length > SUMMARY_ADVISED_MAX_CHARS) break;
    summary += sentence;
  }
  summary = summary.trim();
  return summary.length <= SUMMARY_ADVISED_MAX_CHARS ? summary : `${summary.slice(0, SUMMARY_ADVISED_MAX_CHARS - 1).replace(/\s+\S*$/, "")}…`;
}

/**
 * Turns text copied from a web page into a draft (issue #11 §1, decision 0094): the first line is the
 * title; short lines standing alone become `##` headings; •, -, * lines become `-` items and "1." lines
 * `1.` items; lines broken mid-sentence are joined; calls to action, © and phone-only lines are dropped.
 */
export function importPastedText(text: string): ImportedText {
  const blocks = blocksOf(text);
  const firstText = blocks.findIndex((block) => block.type !== "list");
  const head = blocks[firstText];
  let title = "";
  if (head && head.type !== "list" && head.text.length <= 200) {
    title = head.text;
    blocks.splice(firstText, 1);
  }
  const markdownBody = blocks
    .map((block) => {
      if (block.type === "heading") return `## ${block.text}`;
      if (block.type === "paragraph") return escapeMarkdown(block.text);
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : "-"} ${item}`).join("\n");
    })
    .join("\n\n");
  return { title, summary: summaryOf(blocks), markdownBody };
}

/** Addresses to try for an imported title, in order: its own slug, then one made unique by `suffix`. */
export function importedSlugCandidates(title: string, suffix: string): [string, string] {
  const base = slugFromTitle(title).slice(0, 100).replace(/-+$/, "");
  if (!base || !articleSlug.safeParse(base).success) return [`imported-article-${suffix}`, `imported-article-${suffix}-2`];
  return [base, `${base}-${suffix}`];
}

/** Pasted text in which the import found no title or article text (only furniture, or nothing). */
export class NothingToImport extends DomainError {
  constructor() {
    super("invalid", "We found no article text in what was pasted: copy the page's title and text, then paste again.", { field: "text" });
    this.name = "NothingToImport";
  }
}

/**
 * The draft an import creates: the imported text, its slug, and a summary (the title when the page had
 * no paragraph to take it from). Throws NothingToImport when there is no title or no body.
 */
export function draftFromImport(input: ImportTextInput, slug: string): ArticleDraft {
  const imported = importPastedText(input.text);
  if (!imported.title || !imported.markdownBody) throw new NothingToImport();
  return { title: imported.title, slug, kind: input.kind, summary: imported.summary || imported.title, bodyMarkdown: imported.markdownBody, relatedServiceIds: [], relatedArticleIds: [], citations: [] };
}
