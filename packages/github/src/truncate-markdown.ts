import { SECTION_SEPARATOR } from "@mlops/core";

export interface TruncateMarkdownOptions {
  /** Largest allowed size, in the units of `measure`. */
  limit: number;
  /** Size of a piece of text; must be additive over concatenation at line boundaries. */
  measure: (text: string) => number;
  /** Which limit forced the cut, as in "GitHub's comment limit". */
  limitName: string;
  /** The sentence that says where the rest is, as in "Full report: https://…". */
  fullReport: string;
}

/**
 * Cuts a rendered report to fit `limit`, at the last section boundary that fits together with a visible
 * note. Boundaries inside a code fence or a `<details>` block do not count, so the cut never leaves one
 * half-open. When not even the first section fits, that section is cut at its last line boundary that is
 * outside any fence or `<details>`. Cuts fall on line ends, so no surrogate pair is ever split.
 */
export function truncateMarkdown(
  body: string,
  options: TruncateMarkdownOptions,
): { body: string; truncated: boolean } {
  const { limit, measure } = options;
  if (measure(body) <= limit) return { body, truncated: false };

  const { boundaries, firstSectionCuts } = scan(body, measure);
  const total = boundaries.length + 1;
  const note = (shown: string) =>
    `\n\n> [!WARNING]\n> This report was cut to fit ${options.limitName}: ${shown}. ${options.fullReport}\n`;

  const cutAt = (cut: Cut | undefined, tail: string) =>
    cut && cut.size + measure(tail) <= limit
      ? { body: body.slice(0, cut.end).trimEnd() + tail, truncated: true }
      : undefined;

  for (let shown = boundaries.length; shown >= 1; shown--) {
    const fitted = cutAt(boundaries[shown - 1], note(`${shown} of ${total} sections shown`));
    if (fitted) return fitted;
  }
  const tail = note(
    total === 1 ? "only its start is shown" : `only the start of the first of ${total} sections is shown`,
  );
  for (let i = firstSectionCuts.length - 1; i >= 0; i--) {
    const fitted = cutAt(firstSectionCuts[i], tail);
    if (fitted) return fitted;
  }
  const noteOnly = tail.trimStart();
  return { body: measure(noteOnly) <= limit ? noteOnly : "", truncated: true };
}

interface Cut {
  /** Index in the body where the kept text ends. */
  end: number;
  /** Measured size of `body.slice(0, end)`. */
  size: number;
}

function scan(
  body: string,
  measure: (text: string) => number,
): { boundaries: Cut[]; firstSectionCuts: Cut[] } {
  const boundaries: Cut[] = [];
  const firstSectionCuts: Cut[] = [];
  const structure = new BlockStructure();
  let end = 0;
  let size = 0;
  for (const line of body.split(/(?<=\n)/)) {
    const text = line.replace(/\r?\n$/, "");
    if (structure.atTopLevel() && text === SECTION_SEPARATOR) boundaries.push({ end, size });
    else structure.feed(text);
    end += line.length;
    size += measure(line);
    if (boundaries.length === 0 && structure.atTopLevel()) firstSectionCuts.push({ end, size });
  }
  return { boundaries, firstSectionCuts };
}

/** Tracks whether a line-by-line reader is inside a code fence or an HTML `<details>` block. */
class BlockStructure {
  private fence: { char: string; length: number } | undefined;
  private detailsDepth = 0;

  atTopLevel(): boolean {
    return this.fence === undefined && this.detailsDepth === 0;
  }

  feed(line: string): void {
    const fence = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (this.fence) {
      const [, marker = "", rest = ""] = fence ?? [];
      if (marker[0] === this.fence.char && marker.length >= this.fence.length && rest.trim() === "") {
        this.fence = undefined;
      }
      return;
    }
    if (fence) {
      const [, marker = "", rest = ""] = fence;
      // A backtick run followed by another backtick on the line is inline code, not a fence.
      if (!(marker[0] === "`" && rest.includes("`"))) {
        this.fence = { char: marker[0]!, length: marker.length };
        return;
      }
    }
    const opened = line.match(/<details(?=[\s>])/gi)?.length ?? 0;
    const closed = line.match(/<\/details\s*>/gi)?.length ?? 0;
    this.detailsDepth = Math.max(0, this.detailsDepth + opened - closed);
  }
}
