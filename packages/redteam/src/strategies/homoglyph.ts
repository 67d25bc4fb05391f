import type { Strategy } from "./strategy.ts";

/** Latin letters and the Cyrillic letters that look the same (NFKC keeps them apart). */
const LOOK_ALIKES: Record<string, string> = {
  a: "\u0430",
  c: "\u0441",
  e: "\u0435",
  o: "\u043e",
  p: "\u0440",
  x: "\u0445",
  y: "\u0443",
  i: "\u0456",
  j: "\u0458",
  s: "\u0455",
  A: "\u0410",
  B: "\u0412",
  C: "\u0421",
  E: "\u0415",
  H: "\u041d",
  K: "\u041a",
  M: "\u041c",
  O: "\u041e",
  P: "\u0420",
  T: "\u0422",
  X: "\u0425",
};
const LATIN_OF = Object.fromEntries(
  Object.entries(LOOK_ALIKES).map(([latin, cyrillic]) => [cyrillic, latin]),
);
const LATIN = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "g");
const CYRILLIC = new RegExp(`[${Object.values(LOOK_ALIKES).join("")}]`, "g");

export const homoglyph: Strategy = {
  name: "homoglyph",
  description:
    "half of the letters that have a Cyrillic twin swapped for it (seeded): looks the same, matches nothing",
  apply: (text, rng) => text.replace(LATIN, (c) => (rng.nextBelow(2) === 0 ? LOOK_ALIKES[c]! : c)),
  unapply: (transformed) => transformed.replace(CYRILLIC, (c) => LATIN_OF[c]!),
};
