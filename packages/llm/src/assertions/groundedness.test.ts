import { describe, expect, it } from "vitest";
import { words } from "../rouge.ts";
import { configProblems, grade } from "../test-support/grading.ts";
import { measureGroundedness, overlap, sentences } from "./groundedness.ts";

const chunks = [
  "The Eiffel Tower is 330 metres tall and opened in 1889.",
  "Gustave Eiffel's company designed and built the tower.",
];
// Content words per sentence (stopwords aside) and where they occur:
// 1 eiffel tower opened 1889 → chunk 1 (cited): 4/4; 2 330 metres tall → chunk 1: 3/3;
// 3 eiffel s company built → chunk 2 (cited): 4/4; 4 tower cost 7 million francs → best 1/5.
const answer =
  "The Eiffel Tower opened in 1889 [1]. It is 330 metres tall. Eiffel's company built it [2]. The tower cost 7 million francs.";

describe("groundedness", () => {
  it("splits sentences at end punctuation followed by space, not inside numbers", () => {
    expect(sentences("It weighs 3.5 kg. Really? Yes!\nNext line")).toEqual([
      "It weighs 3.5 kg.",
      "Really?",
      "Yes!",
      "Next line",
    ]);
    const first = new Set(words(chunks[0] as string));
    expect(overlap("The tower cost 7 million francs.", first)).toBeCloseTo(1 / 5);
    expect(overlap("It is.", first)).toBeNull();
  });

  it("scores the share of supported sentences and checks numbers and citations", () => {
    const g = measureGroundedness(answer, chunks, 0.6);
    expect(g.sentences.map((s) => s.overlap)).toEqual([1, 1, 1, 0.2]);
    expect(g.score).toBe(3 / 4);
    expect(g.unsupportedNumbers).toEqual(["7"]);
    expect(g.invalidCitations).toEqual([]);
    expect(g.citationCoverage).toBe(2 / 4);
    // Only the cited chunk counts: chunk 2 has none of "330 metres tall".
    expect(measureGroundedness("It is 330 metres tall [2].", chunks, 0.6).sentences[0]?.overlap).toBe(0);
  });

  it("finds numbers only whole, and quotes verbatim", () => {
    const ctx = ["The parcel weighs 13.5 kg and costs 1,200 euros."];
    expect(measureGroundedness("It weighs 13.5 kg.", ctx, 0.5).unsupportedNumbers).toEqual([]);
    expect(measureGroundedness("It weighs 3.5 kg or 13 kg.", ctx, 0.5).unsupportedNumbers).toEqual([
      "3.5",
      "13",
    ]);
    expect(measureGroundedness("It costs 1,200 euros, not 200.", ctx, 0.5).unsupportedNumbers).toEqual([
      "200",
    ]);
    const quoted = measureGroundedness('The note says "weighs 13.5 kg" and “costs 1,300 euros”.', ctx, 0.5);
    expect(quoted.unsupportedQuotes).toEqual(["costs 1,300 euros"]);
  });

  it("passes from the threshold, naming what is not grounded", async () => {
    const vars = { chunks };
    const strict = await grade({ type: "groundedness", context: "chunks", threshold: 0.7 }, answer, { vars });
    expect(strict).toMatchObject({ pass: false, score: 0.75 });
    expect(strict.reason).toBe("numbers not in the context: 7");
    const ok = await grade(
      { type: "groundedness", context: "chunks", threshold: 0.7 },
      answer.split(" The tower")[0] as string,
      {
        vars,
      },
    );
    expect(ok).toMatchObject({ pass: true, score: 1 });
    const low = await grade(
      { type: "groundedness", context: "chunks", threshold: 0.8 },
      "It is 330 metres tall. Paris has cafés.",
      {
        vars,
      },
    );
    expect(low.reason).toBe(
      '1 of 2 sentences supported (word overlap ≥ 0.6) < 0.8; first unsupported: "Paris has cafés."',
    );
    expect(low.score).toBe(0.5);
  });

  it("checks citations: the chunk exists, and enough sentences cite one", async () => {
    const vars = { doc: chunks.join(" ") };
    const r = await grade(
      { type: "groundedness", context: "doc", threshold: 0.5, min_citation_coverage: 1 },
      "It opened in 1889 [1]. It is 330 metres tall [2].",
      { vars },
    );
    expect(r.pass).toBe(false);
    expect(r.reason).toBe("citations of chunks that do not exist: [2]; citation coverage 50% < 100%");
  });

  it("fails explicitly without a context or sentences, and needs a threshold", async () => {
    const missing = await grade({ type: "groundedness", context: "docs", threshold: 0.5 }, "Hi there.");
    expect(missing).toMatchObject({ pass: false, reason: 'the case has no variable "docs"' });
    const empty = await grade({ type: "groundedness", context: "name", threshold: 0.5 }, "It is.");
    expect(empty).toMatchObject({
      pass: false,
      reason: "the answer has no sentence with content words to check",
    });
    expect(configProblems({ type: "groundedness", context: "c" })).toEqual([
      expect.stringMatching(/^threshold: /),
    ]);
    expect(configProblems({ type: "not-groundedness", context: "c", threshold: 1 })).toEqual([
      expect.stringMatching(/^type: /),
    ]);
  });
});
