import type { Strategy } from "./strategy.ts";

const LEET: Record<string, string> = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7", g: "9", b: "8" };

/** Not invertible: a digit in the result may have been a digit already. */
export const leetspeak: Strategy = {
  name: "leetspeak",
  description:
    "about two thirds of the letters a, b, e, g, i, o, s, t replaced by look-alike digits (seeded)",
  apply: (text, rng) =>
    text.replace(/[abegiost]/gi, (c) => (rng.nextBelow(3) < 2 ? LEET[c.toLowerCase()]! : c)),
};
