import * as z from "zod";

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "500ms", "30s", "10m", "1h", or a number of seconds, as milliseconds. */
export const DurationSchema = z
  .union([
    z.number().positive(),
    z.string().regex(/^\d+(\.\d+)?(ms|s|m|h)$/, 'a duration like "30s", "10m" or "1h"'),
  ])
  .transform((v) => {
    if (typeof v === "number") return v * 1000;
    const [, amount, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(v)!;
    return Number(amount) * UNITS[unit!]!;
  });
