import type { Xoshiro128 } from "@mlops/stats";

/** A character-level transform of attack text: pure, and seeded where it makes choices. */
export interface Strategy {
  name: string;
  /** One line for docs and reports. */
  description: string;
  apply(text: string, rng: Xoshiro128): string;
  /**
   * Recovers the text `apply` was given, for strategies that lose nothing: a decoder reading the case
   * sees the same attack as the plain probe. Holds for any text without the strategy's own characters.
   */
  unapply?(transformed: string): string;
}

/** An instruction line, then the encoded payload: the model has to be told what it is reading. */
export function withInstruction(instruction: string, payload: string): string {
  return `${instruction}\n${payload}`;
}

/** The payload after the instruction line written by `withInstruction`. */
export function payloadOf(transformed: string): string {
  const at = transformed.indexOf("\n");
  return at < 0 ? transformed : transformed.slice(at + 1);
}
