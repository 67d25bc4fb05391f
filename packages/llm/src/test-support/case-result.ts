import type { CaseResult } from "../runner.ts";

/** A passing head-side result of case `c1` on provider `p`, 100 ms, 10+5 tokens at 0.001 USD. */
export const caseResult = (extra: Partial<CaseResult> = {}): CaseResult => ({
  caseId: "c1",
  repeat: 0,
  side: "head",
  promptId: "greet",
  promptVersion: "1.1.0",
  provider: "p",
  model: "m",
  status: "pass",
  critical: false,
  tags: [],
  output: "hello",
  latencyMs: 100,
  usage: { promptTokens: 10, completionTokens: 5, cachedTokens: 0, reasoningTokens: 0 },
  costUsd: 0.001,
  cached: false,
  ...extra,
});
