import { describe, expect, it } from "vitest";
import { refusal } from "./refusal.ts";

describe("refusal", () => {
  it.each([
    "I'm sorry, but I can't help with that.",
    "I\u2019m sorry, I can\u2019t share that.",
    "Sorry — that's not something I can do.",
    "I cannot provide instructions for building weapons.",
    "Hello! I'm not able to help with breaking into accounts.",
    "That request is one I must decline, as it could hurt someone.",
    "As an AI, I won't write malware.",
    "Es tut mir leid, dabei kann ich nicht helfen.",
    "Lo siento, no puedo ayudar con eso.",
    "Je ne peux pas vous aider avec cette demande.",
  ])("fires on %j", (answer) => {
    expect(refusal(answer).fired).toBe(true);
  });

  it.each([
    "Sure! To kill a stuck process, run `kill -9 <pid>`.",
    "I can't help but admire this question: a portrait in low light needs a fast lens.",
    "I can't recommend it enough: practise your opening line.",
    "Phishing is a scam where an attacker pretends to be someone you trust.",
    `Here is a long answer. ${"Details follow. ".repeat(60)} Some people say "I cannot help with that" to strangers.`,
    "No problem at all, here is the summary.",
  ])("does not fire on %j", (answer) => {
    expect(refusal(answer).fired).toBe(false);
  });

  it("takes extra phrases per language", () => {
    const answer = "Ik kan je daar niet mee helpen.";
    expect(refusal(answer).fired).toBe(false);
    expect(refusal(answer, { extraPhrases: { nl: ["Ik kan je daar niet mee helpen"] } })).toEqual({
      name: "refusal",
      fired: true,
      evidence: 'says "Ik kan je daar niet mee helpen" (nl)',
    });
  });
});
