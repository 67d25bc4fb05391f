import type { ChatMessage } from "./prompt-render.ts";

/**
 * Token counts for the dry-run estimate. tiktoken's own model map ends at exact names (it throws for
 * gpt-5.1 or gpt-oss-20b), so the encoding comes from a prefix map here, with o200k_base as the fallback
 * for anything unknown — an estimate for non-OpenAI models, said so in the result.
 */

export type EncodingName = "o200k_base" | "cl100k_base" | "p50k_base" | "r50k_base";

const PREFIXES: ReadonlyArray<readonly [string, EncodingName]> = [
  ["gpt-5", "o200k_base"],
  ["gpt-4.1", "o200k_base"],
  ["gpt-4.5", "o200k_base"],
  ["gpt-4o", "o200k_base"],
  ["chatgpt-4o", "o200k_base"],
  ["gpt-oss", "o200k_base"],
  ["o1", "o200k_base"],
  ["o3", "o200k_base"],
  ["o4-mini", "o200k_base"],
  ["ft:gpt-4o", "o200k_base"],
  ["gpt-4", "cl100k_base"],
  ["gpt-3.5-turbo", "cl100k_base"],
  ["text-embedding-ada-002", "cl100k_base"],
  ["text-embedding-3", "cl100k_base"],
  ["davinci-002", "cl100k_base"],
  ["babbage-002", "cl100k_base"],
  ["text-davinci-003", "p50k_base"],
  ["code-davinci", "p50k_base"],
  ["davinci", "r50k_base"],
];

export function encodingForModel(model: string): { encoding: EncodingName; known: boolean } {
  for (const [prefix, encoding] of PREFIXES) {
    if (model === prefix || model.startsWith(`${prefix}-`) || model.startsWith(`${prefix}.`)) {
      return { encoding, known: true };
    }
  }
  return { encoding: "o200k_base", known: false };
}

export interface TokenCounter {
  count(text: string): number;
  /** What the counts are: exact for the model's encoding, or an estimate. */
  readonly exact: boolean;
  free(): void;
}

/**
 * tiktoken's WASM is loaded on first use only (≈ 0.4 s and 90 MB); where it cannot load (a bundle
 * without its .wasm file), counts fall back to ⌈characters ÷ 4⌉ and say they are estimates.
 */
export async function createTokenCounter(model: string): Promise<TokenCounter> {
  const { encoding, known } = encodingForModel(model);
  try {
    const { get_encoding } = await import("tiktoken");
    const enc = get_encoding(encoding);
    return {
      // encode_ordinary skips the special-token scan: 5× faster, and prompts are plain text.
      count: (text) => enc.encode_ordinary(text).length,
      exact: known,
      free: () => enc.free(),
    };
  } catch {
    return { count: (text) => Math.ceil(text.length / 4), exact: false, free: () => {} };
  }
}

/** OpenAI's chat format: 3 tokens per message, 1 more per name, and 3 that prime the reply. */
export function chatTokens(counter: Pick<TokenCounter, "count">, messages: readonly ChatMessage[]): number {
  let total = 3;
  for (const m of messages) {
    total += 3 + counter.count(m.role);
    total +=
      typeof m.content === "string"
        ? counter.count(m.content)
        : m.content.reduce((n, part) => n + (part.type === "text" ? counter.count(part.text) : 85), 0);
  }
  return total;
}
