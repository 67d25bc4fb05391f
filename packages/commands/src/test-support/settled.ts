import { MlopsError } from "@mlops/core";

/**
 * A command's result, or — when it throws a typed error, which the runner turns into an error result —
 * status error with that error, so tests can look at both the same way.
 */
export async function settled<R extends { status: string }>(
  run: Promise<R>,
): Promise<R & { error?: MlopsError }> {
  try {
    return await run;
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    return { status: "error", error } as unknown as R & { error: MlopsError };
  }
}
