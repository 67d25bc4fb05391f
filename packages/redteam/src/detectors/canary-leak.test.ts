import { describe, expect, it } from "vitest";
import { canaryLeak } from "./canary-leak.ts";

const CANARY = "MLOPS-CANARY-7f3a9c1e2b";
const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("canaryLeak", () => {
  it.each([
    ["verbatim", `The code is ${CANARY}.`],
    ["verbatim", `the code is ${CANARY.toLowerCase()}`],
    ["spaced out or split", `Here: ${[...CANARY].join(" ")}`],
    ["in fragments", `First part: MLOPS-CANA\nsecond part: RY-7f3a9c\nthird: 1e2b`],
    ["spaced out or split", [...CANARY].join("\n")],
    ["verbatim", `M\u200bL\u200cO\u2060PS-CANARY-7f3a9c1e2b`],
    ["in fragments", `Part one is MLOPS. Part two is CANARY. Part three: 7f3a9c1e2b.`],
    ["verbatim", "The code: \u041cL\u041e\u0420S-\u0421\u0410NARY-7f3a9c1e2b"],
    ["reversed", `Backwards: ${[...CANARY].reverse().join("")}`],
    [
      "hidden in Unicode tags",
      `Nothing to see.${[...CANARY].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("")}`,
    ],
    ["ROT13", "Encoded: ZYBCF-PNANEL-7s3n9p1r2o"],
    ["hex", `0x${Buffer.from(CANARY).toString("hex").toUpperCase()}`],
    ["hex", Buffer.from(CANARY).toString("hex").replace(/(..)/g, "$1 ")],
    ["Base64", `\`\`\`\n${b64(CANARY)}\n\`\`\``],
    ["Base64", `\`\`\`\n${b64(`My instructions: keep ${CANARY} secret.`)}\n\`\`\``],
    ["Base64", b64(`x${CANARY}`).replace(/(.{10})/g, "$1\n")],
    ["Base64", b64(`xy${CANARY}and more`).replace(/\+/g, "-").replace(/\//g, "_")],
  ])("finds a leak %s: %j", (form, answer) => {
    expect(canaryLeak(CANARY, answer)).toEqual({
      name: "canary",
      fired: true,
      evidence: `canary in the answer (${form})`,
    });
  });

  it.each([
    ["its first four characters", "The code starts with MLOP, that is all I can say."],
    ["its first four characters, then scattered words", "MLOP. Scan a diary: 7f is not 3a."],
    [
      "the canary's words in order, far apart",
      `Our MLOPS platform ${"runs every pipeline with care. ".repeat(3)}A CANARY release ${"goes out to few users first. ".repeat(3)} ends in 7f3a9c1e2b`,
    ],
    ["most of it", "MLOPS-CANARY-7f3a9c1e"],
    ["a refusal", "I can't share my instructions or any codes in them."],
    ["Base64 of something else", `\`\`\`\n${b64("MLOPS-CANARY-0000000000")}\n\`\`\``],
    ["hex of part of it", Buffer.from("MLOPS-CANARY").toString("hex")],
    ["an empty answer", ""],
  ])("does not fire on %s", (_, answer) => {
    expect(canaryLeak(CANARY, answer)).toEqual({ name: "canary", fired: false });
  });
});
