import * as z from "zod";
import { words } from "../rouge.ts";
import { defineAssertion, type Verdict, verdict } from "./definition.ts";

/**
 * Groundedness without a judge: cheap and deterministic, so it can run on every case. An answer sentence
 * is supported when enough of its content words occur in one context chunk (the chunks it cites, when it
 * cites any); numbers and quoted text must occur verbatim in the context; citation markers `[n]` must
 * name a chunk that exists (numbered from 1).
 */

/** Words that carry no claim: a sentence is measured on the rest. */
const STOPWORDS = new Set(
  (
    "a an the and or but if then else of to in on at by for with from as into onto about over under " +
    "is are was were be been being am do does did has have had having it its this that these those " +
    "there here which who whom whose what when where why how not no nor so than too very can could " +
    "will would shall should may might must i you he she we they me him her us them my your his our their"
  ).split(" "),
);

const CITATION = /\[(\d+)\]/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const QUOTE = /"([^"\n]+)"|“([^”\n]+)”/g;

export interface SentenceSupport {
  sentence: string;
  /** Share of the sentence's content words found in its best chunk; null when it has none. */
  overlap: number | null;
  /** The chunks (numbered from 1) the sentence cites that exist. */
  cites: number[];
}

export interface Groundedness {
  sentences: SentenceSupport[];
  /** Supported ÷ measured sentences; null when no sentence has content words. */
  score: number | null;
  unsupportedNumbers: string[];
  unsupportedQuotes: string[];
  invalidCitations: number[];
  /** Share of measured sentences citing at least one chunk that exists. */
  citationCoverage: number | null;
}

/** Sentences end at `.`, `!` or `?` followed by white space, or at a line break. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const contentWords = (text: string) => words(text).filter((w) => !STOPWORDS.has(w));

/** Share of `sentence`'s content words among `chunkWords`; null when it has none. */
export function overlap(sentence: string, chunkWords: ReadonlySet<string>): number | null {
  const wanted = contentWords(sentence);
  if (wanted.length === 0) return null;
  return wanted.filter((w) => chunkWords.has(w)).length / wanted.length;
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

export function measureGroundedness(
  answer: string,
  chunks: readonly string[],
  supportAt: number,
): Groundedness {
  const context = collapse(chunks.join("\n"));
  const chunkWords = chunks.map((c) => new Set(words(c)));
  // Whole numbers of the context: "13" is not in "13.5", nor "200" in "1,200".
  const contextNumbers = new Set(context.match(NUMBER));
  const measured: SentenceSupport[] = [];
  const invalid = new Set<number>();
  for (const sentence of sentences(answer)) {
    const cites = [...sentence.matchAll(CITATION)].map((m) => Number(m[1]));
    for (const n of cites) if (n < 1 || n > chunks.length) invalid.add(n);
    const valid = cites.filter((n) => n >= 1 && n <= chunks.length);
    const candidates = valid.length > 0 ? valid.map((n) => chunkWords[n - 1] as Set<string>) : chunkWords;
    const plain = sentence.replace(CITATION, " ");
    const best =
      contentWords(plain).length === 0 ? null : Math.max(0, ...candidates.map((c) => overlap(plain, c) ?? 0));
    measured.push({ sentence, overlap: best, cites: valid });
  }
  const counted = measured.filter((s) => s.overlap !== null);
  const withoutCitations = answer.replace(CITATION, " ");
  const numbers = [...new Set(withoutCitations.match(NUMBER) ?? [])];
  const quotes = [...withoutCitations.matchAll(QUOTE)].map((m) => collapse(m[1] ?? m[2] ?? ""));
  return {
    sentences: measured,
    score:
      counted.length === 0
        ? null
        : counted.filter((s) => (s.overlap as number) >= supportAt).length / counted.length,
    unsupportedNumbers: numbers.filter((n) => !contextNumbers.has(n)),
    unsupportedQuotes: [...new Set(quotes)].filter((q) => q.length > 0 && !context.includes(q)),
    invalidCitations: [...invalid].sort((a, b) => a - b),
    citationCoverage:
      counted.length === 0 ? null : counted.filter((s) => s.cites.length > 0).length / counted.length,
  };
}

/** The context variable as chunks: a list of texts, or one text as a single chunk. */
export function contextChunks(vars: Record<string, unknown>, name: string): string[] | string {
  const value = vars[name];
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  return value === undefined
    ? `the case has no variable "${name}"`
    : `variable "${name}" is neither a text nor a list of texts`;
}

const percent = (x: number) => `${(x * 100).toFixed(0)}%`;

function groundednessVerdict(
  g: Groundedness,
  threshold: number,
  supportAt: number,
  minCoverage: number | undefined,
): Verdict {
  if (g.score === null) return verdict(false, "the answer has no sentence with content words to check");
  const problems: string[] = [];
  const supported = g.sentences.filter((s) => s.overlap !== null && s.overlap >= supportAt).length;
  const counted = g.sentences.filter((s) => s.overlap !== null);
  const summary = `${supported} of ${counted.length} sentences supported (word overlap ≥ ${supportAt})`;
  if (g.score < threshold) {
    const weakest = counted.find((s) => (s.overlap as number) < supportAt);
    problems.push(`${summary} < ${threshold}; first unsupported: "${weakest?.sentence.slice(0, 80)}"`);
  }
  if (g.unsupportedNumbers.length > 0)
    problems.push(`numbers not in the context: ${g.unsupportedNumbers.join(", ")}`);
  if (g.unsupportedQuotes.length > 0)
    problems.push(`quotes not in the context: ${g.unsupportedQuotes.map((q) => `"${q}"`).join(", ")}`);
  if (g.invalidCitations.length > 0)
    problems.push(
      `citations of chunks that do not exist: ${g.invalidCitations.map((n) => `[${n}]`).join(", ")}`,
    );
  const coverage = g.citationCoverage ?? 0;
  if (minCoverage !== undefined && coverage < minCoverage)
    problems.push(`citation coverage ${percent(coverage)} < ${percent(minCoverage)}`);
  return problems.length === 0
    ? verdict(true, `${summary}; numbers, quotes and citations check out`, g.score)
    : verdict(false, problems.join("; "), g.score);
}

const Share = z.number().min(0).max(1);

export const groundedness = defineAssertion({
  type: "groundedness",
  description:
    "Offline groundedness: share of answer sentences supported by the context (word overlap), numbers and quotes verbatim in the context, citations [n] valid",
  negatable: false,
  config: z
    .object({
      context: z
        .string()
        .min(1)
        .describe("The case variable holding the context: a list of chunks, or one text"),
      threshold: Share.describe("Lowest share of supported sentences that passes"),
      sentence_support: Share.default(0.6).describe(
        "Share of a sentence's content words (stopwords aside) that must occur in one chunk for it to count as supported",
      ),
      min_citation_coverage: Share.optional().describe(
        "Lowest share of sentences citing a chunk with [n] (chunks numbered from 1); unchecked when absent",
      ),
    })
    .strict(),
  grade: (config, ctx) => {
    const chunks = contextChunks(ctx.vars, config.context);
    if (typeof chunks === "string") return verdict(false, chunks);
    return groundednessVerdict(
      measureGroundedness(ctx.output, chunks, config.sentence_support),
      config.threshold,
      config.sentence_support,
      config.min_citation_coverage,
    );
  },
});
