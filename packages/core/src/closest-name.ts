import { closest } from "fastest-levenshtein";

/** The known name nearest to a misspelt one, for "did you mean" hints; `undefined` when none is known. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  return known.length > 0 ? closest(name, [...known]) : undefined;
}
