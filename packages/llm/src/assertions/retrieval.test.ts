import { describe, expect, it } from "vitest";
import { configProblems, grade } from "../test-support/grading.ts";
import { goldGrades, retrievalScore } from "./retrieval.ts";

const binary = new Map([
  ["a", 1],
  ["c", 1],
  ["f", 1],
]);
const ranked = ["a", "b", "c", "d", "e"];

describe("retrieval metrics", () => {
  it("precision and recall count the relevant ids in the first k; precision divides by k", () => {
    expect(retrievalScore("precision", ranked, binary, 3)).toBe(2 / 3);
    expect(retrievalScore("precision", ranked, binary)).toBe(2 / 5);
    expect(retrievalScore("precision", ranked, binary, 10)).toBe(2 / 10);
    expect(retrievalScore("recall", ranked, binary, 3)).toBe(2 / 3);
    expect(retrievalScore("recall", ranked, binary, 1)).toBe(1 / 3);
    // A repeated id counts once, at its first rank.
    expect(retrievalScore("precision", ["b", "b", "c"], binary, 2)).toBe(1 / 2);
    expect(retrievalScore("precision", [], binary)).toBe(0);
  });

  it("reciprocal rank is 1 / rank of the first relevant id within k, else 0", () => {
    expect(retrievalScore("mrr", ["b", "a"], binary)).toBe(1 / 2);
    expect(retrievalScore("mrr", ["b", "d", "c"], binary, 2)).toBe(0);
    expect(retrievalScore("mrr", ["f"], binary)).toBe(1);
  });

  it("nDCG discounts by log2(rank + 1) against the ideal order, binary or graded", () => {
    // DCG 1 + 1/log2 4 = 1.5; ideal over 3 gold: 1 + 1/log2 3 + 1/2 = 2.130930.
    expect(retrievalScore("ndcg", ranked, binary, 5)).toBeCloseTo(0.703918089, 8);
    const graded = new Map([
      ["a", 3],
      ["b", 2],
      ["c", 1],
    ]);
    // DCG 1 + 2/log2 3 + 3/2 = 3.761860; ideal 3 + 2/log2 3 + 1/2 = 4.761860.
    expect(retrievalScore("ndcg", ["c", "b", "a"], graded)).toBeCloseTo(0.789998004, 8);
    // @2: (1 + 2/log2 3) / (3 + 2/log2 3).
    expect(retrievalScore("ndcg", ["c", "b", "a"], graded, 2)).toBeCloseTo(0.530721274, 8);
    // Equal grades in either order are both ideal.
    const tied = new Map([
      ["a", 2],
      ["b", 2],
    ]);
    expect(retrievalScore("ndcg", ["b", "a"], tied)).toBe(1);
    expect(retrievalScore("ndcg", [], tied)).toBe(0);
  });

  it("reads gold ids as a list or as graded relevance", () => {
    expect(goldGrades(["x", 7], "gold")).toEqual(
      new Map([
        ["x", 1],
        ["7", 1],
      ]),
    );
    expect(goldGrades({ x: 2, y: 0 }, "gold")).toEqual(
      new Map([
        ["x", 2],
        ["y", 0],
      ]),
    );
    expect(goldGrades("x", "gold")).toBe(
      'variable "gold" is neither a list of ids nor an object of id → relevance grade',
    );
  });

  it("grades ids from a variable or from the output's JSON, from a threshold", async () => {
    const vars = { gold: ["a", "c", "f"], hits: ranked };
    const fromVar = await grade(
      { type: "retrieval", metric: "recall", k: 3, threshold: 0.6, gold: "gold", retrieved: "hits" },
      "",
      { vars },
    );
    expect(fromVar).toMatchObject({ pass: true, score: 2 / 3, reason: "recall@3 0.6667 ≥ 0.6" });
    const fromOutput = await grade(
      { type: "retrieval", metric: "mrr", threshold: 1, gold: "gold", field: "sources.ids" },
      'Here: ```json\n{"sources": {"ids": [4, "c"]}}\n```',
      { vars },
    );
    expect(fromOutput).toMatchObject({ pass: false, score: 0.5, reason: "reciprocal rank 0.5 < 1" });
    const bare = await grade(
      { type: "retrieval", metric: "precision", threshold: 1, gold: "gold" },
      '["a"]',
      {
        vars,
      },
    );
    expect(bare.pass).toBe(true);
  });

  it("is explicit about empty gold and unreadable ids, never passing", async () => {
    const r = (vars: Record<string, unknown>, output = "[]") =>
      grade({ type: "retrieval", metric: "recall", threshold: 0, gold: "gold" }, output, { vars });
    expect(await r({ gold: [] })).toMatchObject({
      pass: false,
      reason: 'no relevant gold ids in "gold": recall is undefined',
    });
    expect(await r({ gold: { a: 0 } })).toMatchObject({ pass: false });
    expect(await r({})).toMatchObject({ pass: false, reason: 'the case has no variable "gold"' });
    expect(await r({ gold: ["a"] }, "no ids here")).toMatchObject({
      pass: false,
      reason: "the output's JSON is not a list of ids",
    });
  });

  it("checks its keys when the suite loads", () => {
    expect(configProblems({ type: "retrieval", metric: "map", threshold: 1, gold: "g" })).toEqual([
      expect.stringMatching(/^metric: /),
    ]);
    expect(
      configProblems({
        type: "retrieval",
        metric: "ndcg",
        threshold: 1,
        gold: "g",
        retrieved: "r",
        field: "ids",
      }),
    ).toEqual(["field: field reads ids from the output; remove it or remove retrieved"]);
    expect(configProblems({ type: "retrieval", metric: "ndcg", k: 0, threshold: 1, gold: "g" })).toEqual([
      expect.stringMatching(/^k: /),
    ]);
  });
});
