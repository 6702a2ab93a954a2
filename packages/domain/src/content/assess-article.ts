import { fleschKincaid } from "flesch-kincaid";
import { Lexer, type Token, type Tokens } from "marked";
import { syllable } from "syllable";
import type { ArticleKind } from "./article-kind";

/** Patient education should read at US school grade 8 or below (issue #11 §1). */
export const READABILITY_TARGET_GRADE = 8;
/** Lists and search results show about this much of a summary; search engines cut even earlier. */
export const SUMMARY_ADVISED_MAX_CHARS = 300;

export type ArticleWarningCode = "image_without_alt" | "empty_section" | "no_citations" | "summary_missing" | "summary_too_long";
export type ArticleWarning = { code: ArticleWarningCode; message: string };

export type ArticleAssessment = {
  readability: { grade: number | null; words: number; sentences: number; withinTarget: boolean; message: string };
  warnings: ArticleWarning[];
};

export type AssessableDraft = { kind?: ArticleKind; summary: string; bodyMarkdown: string; citations: readonly unknown[] };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const RAW_IMG_WITHOUT_ALT = /<img\b(?![^>]*\balt\s*=\s*["']?[^"'\s>])[^>]*>/gi;
/** Kinds that make medical claims, so a reviewer expects sources. */
const CITED_KINDS: readonly ArticleKind[] = ["condition", "treatment"];

/** The readable text of inline tokens (link text, emphasis, code), without Markdown syntax. */
function inlineText(tokens: readonly Token[] | undefined, images: Tokens.Image[]): string {
  let text = "";
  for (const token of tokens ?? []) {
    if (token.type === "image") images.push(token as Tokens.Image);
    else if (token.type === "br") text += " ";
    else if ("tokens" in token && token.tokens) text += inlineText(token.tokens, images);
    else if (token.type !== "html") text += "text" in token ? String(token.text) : "";
  }
  return text;
}

/** Text blocks as a reader meets them (each heading, paragraph, item or cell on its own) and the images. */
function readableBlocks(tokens: readonly Token[], blocks: string[], images: Tokens.Image[], rawHtml: string[]) {
  for (const token of tokens) {
    if (token.type === "heading" || token.type === "paragraph" || token.type === "text") blocks.push(token.tokens ? inlineText(token.tokens, images) : String(token.text ?? ""));
    else if (token.type === "list") for (const item of (token as Tokens.List).items) readableBlocks(item.tokens, blocks, images, rawHtml);
    else if (token.type === "blockquote") readableBlocks((token as Tokens.Blockquote).tokens, blocks, images, rawHtml);
    else if (token.type === "table") {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) blocks.push(inlineText(cell.tokens, images));
    } else if (token.type === "html") rawHtml.push((token as Tokens.HTML).raw);
    if (token.type === "paragraph" || token.type === "text") for (const inline of token.tokens ?? []) if (inline.type === "html") rawHtml.push(inline.raw);
  }
}

function sentencesIn(block: string): number {
  const parts = block.split(/[.!?]+["”’)]*(?:\s+|$)/).filter((part) => /[\p{L}\p{N}]/u.test(part));
  return Math.max(parts.length, 1);
}

function readabilityOf(blocks: readonly string[]): ArticleAssessment["readability"] {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const found = block.match(WORD) ?? [];
    if (found.length === 0) continue;
    words += found.length;
    sentences += sentencesIn(block);
    for (const word of found) syllables += Math.max(syllable(word), 1);
  }
  if (words === 0) return { grade: null, words, sentences, withinTarget: true, message: "No text to grade yet." };
  const grade = Math.round(fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) * 10) / 10;
  const withinTarget = grade <= READABILITY_TARGET_GRADE;
  const shown = grade.toFixed(1);
  return {
    grade,
    words,
    sentences,
    withinTarget,
    message: withinTarget ? `Grade ${shown} — within the target of ${READABILITY_TARGET_GRADE} or below.` : `Grade ${shown} — aim for ${READABILITY_TARGET_GRADE} or below.`,
  };
}

/** Headings with nothing under them: the next heading is of the same or a higher level, or the text ends. */
function emptySections(tokens: readonly Token[]): string[] {
  const blocks = tokens.filter((token) => token.type !== "space");
  const empty: string[] = [];
  blocks.forEach((token, index) => {
    if (token.type !== "heading") return;
    const next = blocks[index + 1];
    if (!next || (next.type === "heading" && (next as Tokens.Heading).depth <= (token as Tokens.Heading).depth)) empty.push((token as Tokens.Heading).text);
  });
  return empty;
}

/**
 * What an editor and a medical reviewer should know before the text goes out (issue #11 §1, decision 0094):
 * its Flesch–Kincaid grade against grade 8, images without alt text, empty sections, no sources cited
 * (conditions and treatments), and a summary missing or longer than lists show. Parses with `marked`, the
 * renderer the patient site uses, so the text graded is the text patients read.
 */
export function assessArticle(draft: AssessableDraft): ArticleAssessment {
  const tokens = new Lexer({ gfm: true }).lex(draft.bodyMarkdown);
  const blocks: string[] = [];
  const images: Tokens.Image[] = [];
  const rawHtml: string[] = [];
  readableBlocks(tokens, blocks, images, rawHtml);
  const warnings: ArticleWarning[] = [];

  const missingAlt = images.filter((image) => image.text.trim() === "").length + rawHtml.reduce((count, html) => count + (html.match(RAW_IMG_WITHOUT_ALT)?.length ?? 0), 0);
  if (missingAlt > 0) {
    warnings.push({
      code: "image_without_alt",
      message: `${missingAlt === 1 ? "An image has" : `${missingAlt} images have`} no alt text: describe each image in the [brackets], or patients using screen readers miss it (and the page will not show it).`,
    });
  }
  for (const heading of emptySections(tokens)) {
    warnings.push({ code: "empty_section", message: `The section “${heading.trim()}” is empty: write under it or remove the heading.` });
  }
  if (draft.citations.length === 0 && (!draft.kind || CITED_KINDS.includes(draft.kind))) {
    warnings.push({ code: "no_citations", message: "No sources are cited: add the guidelines or papers the text relies on." });
  }
  const summary = draft.summary.trim();
  if (summary === "") warnings.push({ code: "summary_missing", message: "There is no summary: write one or two sentences for lists and search results." });
  else if (summary.length > SUMMARY_ADVISED_MAX_CHARS) {
    warnings.push({ code: "summary_too_long", message: `The summary has ${summary.length} characters: keep it to ${SUMMARY_ADVISED_MAX_CHARS} or fewer so lists and search results show all of it.` });
  }
  return { readability: readabilityOf(blocks), warnings };
}
