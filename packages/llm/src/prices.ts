import table from "./prices.json" with { type: "json" };
import type { ProviderConfig } from "./suite-schema.ts";

/** USD per 1M tokens. */
export interface ModelPrice {
  input: number;
  cachedInput?: number;
  output: number;
}

export interface PriceTable {
  source: string;
  asOf: string;
  models: Record<string, ModelPrice>;
}

/** The checked-in table: refresh it by hand from `source`, and bump `asOf`. */
export const DEFAULT_PRICES: PriceTable = table;

export interface PriceLookup {
  price?: ModelPrice;
  /** Where the price came from: the suite's override, the table (with its date), or nowhere. */
  from: "override" | "table" | "none";
  /** The table key that matched (a dated snapshot matches its family: gpt-4o-2024-08-06 → gpt-4o). */
  matched?: string;
}

/**
 * The price of a model: a suite override wins (self-hosted and unlisted models get a cost that way), then
 * the exact table entry, then the longest table key the model name starts with followed by `-`.
 */
export function priceFor(
  model: string,
  overrides: Readonly<Record<string, ModelPrice>> = {},
  prices: PriceTable = DEFAULT_PRICES,
): PriceLookup {
  const override = overrides[model];
  if (override) return { price: override, from: "override", matched: model };
  const exact = prices.models[model];
  if (exact) return { price: exact, from: "table", matched: model };
  const family = Object.keys(prices.models)
    .filter((k) => model.startsWith(`${k}-`))
    .sort((a, b) => b.length - a.length)[0];
  return family ? { price: prices.models[family], from: "table", matched: family } : { from: "none" };
}

/** A provider's price: its own `price` in the suite, else the table's. */
export function providerPrice(provider: Pick<ProviderConfig, "model" | "price">): ModelPrice | undefined {
  const own = provider.price;
  if (own) return { input: own.input, cachedInput: own.cached_input, output: own.output };
  return priceFor(provider.model).price;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  /** Part of promptTokens served from the provider's prompt cache. */
  cachedTokens: number;
  /** Part of completionTokens spent on reasoning (billed as output). */
  reasoningTokens: number;
}

/** OpenAI's billing: cached input at its own rate, reasoning tokens inside the output count. */
export function costUsd(usage: TokenUsage, price: ModelPrice): number {
  const cached = Math.min(usage.cachedTokens, usage.promptTokens);
  return (
    ((usage.promptTokens - cached) * price.input +
      cached * (price.cachedInput ?? price.input) +
      usage.completionTokens * price.output) /
    1e6
  );
}
