import { closest, distance } from "fastest-levenshtein";

/** The known name nearest to a misspelt one, for "did you mean" hints; `undefined` when none is known. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  return known.length > 0 ? closest(name, [...known]) : undefined;
}

/** The known name close enough to be a misspelling of `name` (a third of its length, at least 2 edits). */
export function misspeltName(name: string, known: readonly string[]): string | undefined {
  const near = closestName(name, known);
  return near !== undefined && distance(name, near) <= Math.max(2, name.length / 3) ? near : undefined;
}
