// semver ships no types and @types/semver is not installed; these are the calls the registry makes.
declare module "semver" {
  export function valid(version: string): string | null;
  export function inc(version: string, release: "major" | "minor" | "patch"): string | null;
  export function compare(a: string, b: string): -1 | 0 | 1;
}
