import type { Strategy } from "./strategy.ts";

export const charSpacing: Strategy = {
  name: "char-spacing",
  description: "a space between every two characters, which splits the words filters look for",
  apply: (text) => [...text].join(" "),
  // Every other character is one of the originals, spaces included.
  unapply: (transformed) => [...transformed].filter((_, i) => i % 2 === 0).join(""),
};
