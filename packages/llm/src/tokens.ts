import type { ChatMessage } from "./prompt-render.ts";
import { tiktokenWasm } from "./tiktoken-wasm.ts";

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

/** The ES2024 lib types WebAssembly as a namespace only; the global exists in every Node. */
const wasmRuntime = (
  globalThis as unknown as {
    WebAssembly: {
      instantiate(bytes: Uint8Array, imports: unknown): Promise<never>;
    };
  }
).WebAssembly;

export interface TokenCounter {
  count(text: string): number;
  /** What the counts are: exact for the model's encoding, or an estimate. */
  readonly exact: boolean;
  /** Set when the counts are the character estimate because tiktoken could not be loaded: why. */
  readonly fallback?: string;
  free(): void;
}

/**
 * tiktoken's WASM is loaded on first use only (≈ 0.4 s and 90 MB), from the installed package or, in a
 * bundle, from the tool cache (fetched once with npm). Where it cannot be had (no npm, no registry),
 * counts fall back to ⌈characters ÷ 4⌉ and say they are estimates, with the reason in `fallback`.
 */
export async function createTokenCounter(
  model: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TokenCounter> {
  const { encoding, known } = encodingForModel(model);
  try {
    // A CommonJS module: bundles see its exports on `default` only; Node also puts them there.
    const loaded: typeof import("tiktoken/init") & { default?: typeof import("tiktoken/init") } =
      await import("tiktoken/init");
    const { init, get_encoding } = loaded.default ?? loaded;
    const wasm = await tiktokenWasm(env);
    await init((imports) => wasmRuntime.instantiate(wasm, imports));
    const enc = get_encoding(encoding);
    return {
      // encode_ordinary skips the special-token scan: 5× faster, and prompts are plain text.
      count: (text) => enc.encode_ordinary(text).length,
      exact: known,
      free: () => enc.free(),
    };
  } catch (e) {
    return {
      count: (text) => Math.ceil(text.length / 4),
      exact: false,
      fallback: `tiktoken unavailable (${(e as Error).message}): ⌈characters ÷ 4⌉ estimate`,
      free: () => {},
    };
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
