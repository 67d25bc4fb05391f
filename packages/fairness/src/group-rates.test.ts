import { describe, expect, it } from "vitest";
import { groupRates } from "./group-rates.ts";
import { groupRows } from "./groups.ts";

describe("groupRates", () => {
  it("gives each group's rates, null where undefined", () => {
    const grouped = groupRows([{ name: "g", values: ["a", "a", "a", "b"] }], {
      labels: [1, 0, 1, 0],
      challenger: [1, 1, 0, 0],
    });
    expect(groupRates(grouped, ["selection_rate", "tpr", "fpr"])).toEqual([
      { partition: "g", group: "g=a", rates: [2 / 3, 0.5, 1] },
      { partition: "g", group: "g=b", rates: [0, null, 0] },
    ]);
  });
});
