/**
 * Completion tokens a dry run assumes per call when neither `max_tokens` nor a cached answer of the
 * same prompt says how long the answers are. Reasoning models bill their hidden reasoning as output, so
 * they get four times the tokens of a chat model. A stated assumption, shown in the dry run's log: set
 * `max_tokens` on the prompt (or the provider's `config`) for a bound instead.
 */
export const DEFAULT_COMPLETION_TOKENS = [
  { family: "reasoning models (gpt-5*, o1*, o3*, o4*)", pattern: /^(gpt-5|o[134])(\b|-|$)/, tokens: 2_000 },
  { family: "other models", pattern: /(?:)/, tokens: 500 },
] as const;

export function defaultCompletionTokens(model: string): { tokens: number; family: string } {
  const name = model.replace(/^[\w-]+\//, "");
  const entry = DEFAULT_COMPLETION_TOKENS.find((d) => d.pattern.test(name))!;
  return { tokens: entry.tokens, family: entry.family };
}
