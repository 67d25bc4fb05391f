import { ConfigError, misspeltName } from "@mlops/core";
import { Xoshiro128 } from "@mlops/stats";
import { z } from "zod";
import { atbash } from "./strategies/atbash.ts";
import { base64, hex } from "./strategies/byte-encoding.ts";
import { charSpacing } from "./strategies/char-spacing.ts";
import { homoglyph } from "./strategies/homoglyph.ts";
import { leetspeak } from "./strategies/leetspeak.ts";
import { randomCase } from "./strategies/random-case.ts";
import { reversed } from "./strategies/reversed.ts";
import { rot13 } from "./strategies/rot13.ts";
import { sneakyBits } from "./strategies/sneaky-bits.ts";
import type { Strategy } from "./strategies/strategy.ts";
import { unicodeTags } from "./strategies/unicode-tags.ts";
import { zeroWidth } from "./strategies/zero-width.ts";

/** The plain probe, as a strategy name, so every case names the one it went through. */
export const NO_STRATEGY = "none";

export const STRATEGIES: readonly Strategy[] = [
  base64,
  hex,
  rot13,
  atbash,
  reversed,
  charSpacing,
  leetspeak,
  homoglyph,
  zeroWidth,
  unicodeTags,
  sneakyBits,
  randomCase,
];

export const STRATEGY_NAMES: readonly string[] = [NO_STRATEGY, ...STRATEGIES.map((s) => s.name)];

const BY_NAME = new Map(STRATEGIES.map((s) => [s.name, s]));

function unknownStrategy(name: string): { message: string; hint: string } {
  const near = misspeltName(name, STRATEGY_NAMES);
  return {
    message: `unknown strategy "${name}"`,
    hint: near ? `did you mean "${near}"?` : `known strategies: ${STRATEGY_NAMES.join(", ")}`,
  };
}

/** A strategy name in a config file: an unknown one is refused where it is written, with the nearest name. */
export const strategyNameSchema = z.string().superRefine((name, ctx) => {
  if (STRATEGY_NAMES.includes(name)) return;
  const { message, hint } = unknownStrategy(name);
  ctx.addIssue({ code: "custom", message, params: { hint } });
});

function known(name: string): Strategy | undefined {
  if (name === NO_STRATEGY) return undefined;
  const found = BY_NAME.get(name);
  if (!found) {
    const { message, hint } = unknownStrategy(name);
    throw new ConfigError(message, { hint });
  }
  return found;
}

/** Throws the "did you mean" error for the first unknown name. */
export function checkStrategyNames(names: readonly string[]): void {
  for (const name of names) known(name);
}

/** The text after the strategy; the same name, text and seed always give the same bytes. */
export function applyStrategy(name: string, text: string, seed: number): string {
  return known(name)?.apply(text, new Xoshiro128(seed)) ?? text;
}

/** The text a strategy was applied to, or `undefined` for a strategy that loses information. */
export function unapplyStrategy(name: string, transformed: string): string | undefined {
  if (name === NO_STRATEGY) return transformed;
  return known(name)?.unapply?.(transformed);
}

export function isInvertible(name: string): boolean {
  return name === NO_STRATEGY || known(name)?.unapply !== undefined;
}
