import { describe, expect, it } from "vitest";
import { walkForwardWindows } from "./walk-forward.ts";

const at = (month: number, date: number) => Date.UTC(2026, month, date);
const labels = (windows: { label: string }[]) => windows.map((w) => w.label);

describe("walkForwardWindows", () => {
  it("keeps the data after the last whole window as one partial window, labelled so", () => {
    const windows = walkForwardWindows({ size: "1mo", mode: "sliding" }, at(0, 1), at(3, 12));
    expect(labels(windows)).toEqual([
      "2026-01-01…2026-01-31",
      "2026-02-01…2026-02-28",
      "2026-03-01…2026-03-31",
      "2026-04-01…2026-04-12 (partial, 12 of 30 days)",
    ]);
    expect(windows.map((w) => w.partial ?? false)).toEqual([false, false, false, true]);
    expect(windows.at(-1)).toMatchObject({ start: at(3, 1), end: at(3, 13) });
  });

  it("adds no partial window when the data ends with a whole one", () => {
    const windows = walkForwardWindows({ size: "2w", mode: "sliding" }, at(0, 1), at(0, 28));
    expect(labels(windows)).toEqual(["2026-01-01…2026-01-14", "2026-01-15…2026-01-28"]);
  });

  it("grows expanding windows from the start, the partial one up to the last day", () => {
    const windows = walkForwardWindows({ size: "1w", mode: "expanding" }, at(0, 1), at(0, 17));
    expect(labels(windows)).toEqual([
      "2026-01-01…2026-01-07",
      "2026-01-01…2026-01-14",
      "2026-01-01…2026-01-17 (partial, 17 of 21 days)",
    ]);
  });

  it("skips the gap, and reports data shorter than one window as a partial window", () => {
    const windows = walkForwardWindows({ size: "30d", gap: "5d", mode: "sliding" }, at(0, 1), at(0, 20));
    expect(windows).toEqual([
      {
        label: "2026-01-06…2026-01-20 (partial, 15 of 30 days)",
        start: at(0, 6),
        end: at(0, 21),
        partial: true,
      },
    ]);
    expect(walkForwardWindows({ size: "1w", gap: "30d", mode: "sliding" }, at(0, 1), at(0, 20))).toEqual([]);
  });
});
