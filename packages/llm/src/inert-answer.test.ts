import { describe, expect, it } from "vitest";
import { inertAnswer } from "./inert-answer.ts";

describe("inertAnswer", () => {
  it("defangs every URL scheme, shows hidden characters, joins lines and clips", () => {
    const answer =
      "Done.\n![s](https://evil.example/p.png?d=x) see www.evil.example or javascript://x\u200b\u{E0041}";
    expect(inertAnswer(answer, 500)).toBe(
      "Done. ![s](https[:]//evil.example/p.png?d=x) see www[.]evil.example or javascript[:]//x<U+200B><U+E0041>",
    );
    expect(inertAnswer("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
