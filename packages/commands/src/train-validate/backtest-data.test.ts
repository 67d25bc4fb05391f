import { ConfigError } from "@mlops/core";
import type { Dataset } from "@mlops/models";
import { describe, expect, it } from "vitest";
import { featureColumns, readLabels } from "./backtest-data.ts";

/** A dataset held in memory: the columns and rows given, each row on its own line after the header. */
function dataset(columns: string[], rows: string[][]): Dataset {
  return {
    file: "data.csv",
    columns,
    rows: rows.length,
    sha256: "",
    toCsv: () => "",
    rowFields: () => [],
    columnValues: (names) => names.map((n) => rows.map((r) => r[columns.indexOf(n)]!)),
    lineOf: (row) => row + 2,
  };
}

const config = (data: Record<string, unknown>, task: "classification" | "regression" = "classification") =>
  ({ task, data: { path: "data.csv", label: "y", ...data } }) as Parameters<typeof readLabels>[1];

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("readLabels", () => {
  it("reads 0/1 classes and numeric targets", () => {
    const d = dataset(
      ["x", "y"],
      [
        ["1", "1"],
        ["2", "0"],
      ],
    );
    expect([...readLabels(d, config({}))]).toEqual([1, 0]);
    expect([...readLabels(dataset(["y"], [["2.5"]]), config({}, "regression"))]).toEqual([2.5]);
  });

  it("locates a label that is not a class, naming the row's line", () => {
    const e = thrown(() => readLabels(dataset(["y"], [["1"], ["yes"]]), config({})));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e).toMatchObject({ location: { file: "data.csv", line: 3, path: "y" } });
    expect((e as Error).message).toContain("classification labels must be 0 or 1");
    expect(thrown(() => readLabels(dataset(["y"], [[""]]), config({}, "regression")))).toBeInstanceOf(
      ConfigError,
    );
  });
});

describe("featureColumns", () => {
  const d = dataset(["id", "x", "z", "y"], []);

  it("is every column but the label and the id, unless features are listed", () => {
    expect(featureColumns(d, config({ id: "id" }), "tv.yml")).toEqual([1, 2]);
    expect(featureColumns(d, config({ features: ["z"] }), "tv.yml")).toEqual([2]);
  });

  it("refuses the label as a feature", () => {
    const e = thrown(() => featureColumns(d, config({ features: ["x", "y"] }), "tv.yml"));
    expect(e).toMatchObject({ location: { file: "tv.yml", path: "data.features" } });
  });
});
