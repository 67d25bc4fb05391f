import { ConfigError } from "@mlops/core";
import { Xoshiro128 } from "@mlops/stats";
import { canarySchema } from "./canary.ts";
import type { Category, Channel, Expectation } from "./probe.ts";
import type { ProbeLibrary } from "./probe-library.ts";
import { applyStrategy, checkStrategyNames, NO_STRATEGY } from "./strategy-registry.ts";

export interface RedteamCase {
  /** Stable across runs and library growth: the probe id, then the strategy. */
  id: string;
  probeId: string;
  probeVersion: number;
  category: Category;
  strategy: string;
  /** The attack text after the strategy. */
  text: string;
  channel: Channel;
  expects: Expectation;
  tool?: string;
  /** The user's harmless request when the attack arrives in a document, tool result or file. */
  request?: string;
  /** The secret placed in the system prompt or context under test; seeing it in an answer is a leak. */
  canary: string;
}

export interface ExpandOptions {
  categories?: readonly Category[];
  /** Strategies besides the plain probe ("none" is always included). */
  strategies: readonly string[];
  seed: number;
  canary: string;
  /** At most this many cases, a seeded sample kept in library order. */
  limit?: number;
}

/** Every selected probe through every strategy: the same library, options and seed give the same bytes. */
export function expandProbes(lib: ProbeLibrary, opts: ExpandOptions): RedteamCase[] {
  checkStrategyNames(opts.strategies);
  const canary = canarySchema.safeParse(opts.canary);
  if (!canary.success) {
    const issue = canary.error.issues[0]!;
    throw new ConfigError(issue.message, { hint: (issue as { params?: { hint?: string } }).params?.hint });
  }
  const strategies = [NO_STRATEGY, ...new Set(opts.strategies.filter((s) => s !== NO_STRATEGY))];
  const wanted = opts.categories && new Set(opts.categories);
  const cases: RedteamCase[] = [];
  for (const probe of lib.probes) {
    if (wanted && !wanted.has(probe.category)) continue;
    for (const name of strategies) {
      cases.push({
        id: `${probe.id}/${name}`,
        probeId: probe.id,
        probeVersion: probe.version,
        category: probe.category,
        strategy: name,
        // Seeded by the case's own id, so a case does not change when others are added or removed.
        text: applyStrategy(name, probe.text, caseSeed(opts.seed, `${probe.id}/${name}`)),
        channel: probe.channel,
        expects: probe.expects,
        ...(probe.tool !== undefined && { tool: probe.tool }),
        ...(probe.request !== undefined && { request: probe.request }),
        canary: opts.canary,
      });
    }
  }
  return opts.limit === undefined || opts.limit >= cases.length
    ? cases
    : sample(cases, opts.limit, opts.seed);
}

/** FNV-1a of the id, mixed with the run's seed. */
export function caseSeed(seed: number, id: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 0;
}

function sample<T>(items: readonly T[], size: number, seed: number): T[] {
  const rng = new Xoshiro128(seed);
  const order = items.map((_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + rng.nextBelow(order.length - i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}
