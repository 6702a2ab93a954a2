import { freeText } from "../text/free-text";

/** What a search of the health library may be: a few words, not an essay. */
export const librarySearchQuery = freeText()
  .trim()
  .min(1, "Type a word or two to search the health library.")
  .max(200, "Use fewer words: at most 200 characters.");

/**
 * Markers the database puts around matched words in a snippet (ts_headline's StartSel/StopSel).
 * Private-use characters: article text never holds them, and they are stripped before display.
 */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

/** Markdown punctuation a reader should not see in a one-line snippet: links keep their text. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*>+/gm, "")
    .replace(/[#*_`|~]+/g, "")
    .replace(/\s+/g, " ");
}

/**
 * Splits a database snippet into plain and highlighted runs. The result is text only (the page renders
 * it as React text, so it is escaped): no HTML from the article ever reaches the snippet as markup.
 */
export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let highlighted = false;
  for (const part of snippet.split(new RegExp(`([${HIGHLIGHT_START}${HIGHLIGHT_END}])`))) {
    if (part === HIGHLIGHT_START) highlighted = true;
    else if (part === HIGHLIGHT_END) highlighted = false;
    else {
      const text = plainText(part);
      if (text === "") continue;
      const previous = segments.at(-1);
      if (previous && previous.highlighted === highlighted) previous.text += text;
      else segments.push({ text, highlighted });
    }
  }
  return segments;
}
