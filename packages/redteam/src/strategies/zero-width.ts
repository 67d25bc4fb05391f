import type { Strategy } from "./strategy.ts";

/** Zero-width space, non-joiner, joiner and word joiner: invisible, and NFKC keeps all of them. */
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060"];
const ANY_INVISIBLE = /\u200b|\u200c|\u200d|\u2060/g;

export const zeroWidth: Strategy = {
  name: "zero-width",
  description:
    "an invisible zero-width character after most characters (seeded), so no word matches a filter",
  apply: (text, rng) =>
    [...text]
      .map((c) => (rng.nextBelow(4) === 0 ? c : c + INVISIBLE[rng.nextBelow(INVISIBLE.length)]!))
      .join(""),
  unapply: (transformed) => transformed.replace(ANY_INVISIBLE, ""),
};
