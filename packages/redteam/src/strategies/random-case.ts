import type { Strategy } from "./strategy.ts";

/** Not invertible: the original case is gone. */
export const randomCase: Strategy = {
  name: "random-case",
  description: "each letter upper- or lower-cased at random (seeded)",
  apply: (text, rng) =>
    [...text].map((c) => (rng.nextBelow(2) === 0 ? c.toLowerCase() : c.toUpperCase())).join(""),
};
