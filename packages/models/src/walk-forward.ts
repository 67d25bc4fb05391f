import * as z from "zod";

/** A calendar period: days, weeks or months ("30d", "2w", "1mo"). */
export const PeriodSchema = z.string().regex(/^\d+(d|w|mo)$/, 'a period like "30d", "2w" or "1mo"');

export const WindowsSchema = z
  .object({
    size: PeriodSchema.describe("Length of each evaluation window"),
    step: PeriodSchema.optional().describe("How far each window moves on (default: size)"),
    mode: z
      .enum(["sliding", "expanding"])
      .default("sliding")
      .describe("sliding: windows of fixed size; expanding: every window starts at the first"),
    gap: PeriodSchema.optional().describe(
      "Skipped at the start, e.g. the time between training cut-off and use",
    ),
  })
  .strict();
export type WindowsConfig = z.output<typeof WindowsSchema>;

export interface TimeWindow {
  label: string;
  /** Epoch ms, [start, end). */
  start: number;
  end: number;
  /** The last window, cut short where the data ends: shorter than the others, so reported but not compared. */
  partial?: boolean;
}

const DAY = 86_400_000;

function addPeriod(t: number, period: string, times: number): number {
  const [, amount, unit] = /^(\d+)(d|w|mo)$/.exec(period)!;
  const n = Number(amount) * times;
  if (unit === "d") return t + n * DAY;
  if (unit === "w") return t + 7 * n * DAY;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate());
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Walk-forward evaluation windows over [first, last] (epoch ms of the earliest and latest row): after an
 * optional gap, sliding windows of `size` every `step`, or expanding windows from the start growing by
 * `step`. Whole windows cover the same span of time (sliding); when data is left after the last of
 * them, one more window holds it up to the last day, marked partial and labelled so, rather than
 * leaving those rows out of the backtest without a word.
 */
export function walkForwardWindows(config: WindowsConfig, first: number, last: number): TimeWindow[] {
  const origin = config.gap ? addPeriod(first, config.gap, 1) : first;
  const step = config.step ?? config.size;
  const end = last + DAY;
  const out: TimeWindow[] = [];
  for (let k = 0; k < 10_000; k++) {
    const moved = addPeriod(origin, step, k);
    const start = config.mode === "expanding" ? origin : moved;
    const windowEnd = addPeriod(moved, config.size, 1);
    if (windowEnd > end) {
      const covered = out.at(-1)?.end ?? origin;
      if (moved < end && covered < end) {
        const days = Math.round((end - start) / DAY);
        out.push({
          label: `${day(start)}…${day(end - DAY)} (partial, ${days} of ${Math.round((windowEnd - start) / DAY)} days)`,
          start,
          end,
          partial: true,
        });
      }
      break;
    }
    out.push({ label: `${day(start)}…${day(windowEnd - DAY)}`, start, end: windowEnd });
  }
  return out;
}
