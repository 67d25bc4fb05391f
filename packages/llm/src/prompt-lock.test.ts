import { describe, expect, it } from "vitest";
import { parsePromptFile } from "./prompt-file.ts";
import { type BaseVersion, buildPromptLock, lintPromptVersions, staleLockEntries } from "./prompt-lock.ts";

const prompt = (version: string, body = "Hello {{name}}", schema = "name: string") =>
  parsePromptFile(
    `---\nversion: "${version}"\ninput:\n  schema:\n    ${schema}\n---\n${body}\n`,
    "prompts/greet.prompt",
  );

const baseOf = async (version: string, body?: string, schema?: string): Promise<Map<string, BaseVersion>> => {
  const p = await prompt(version, body, schema);
  return new Map([["greet", { version: p.version, ...p.hashes }]]);
};

describe("version lint", () => {
  it("passes unchanged prompts and changed prompts with a bump", async () => {
    expect(lintPromptVersions([await prompt("1.0.0")], await baseOf("1.0.0"))).toEqual([]);
    expect(lintPromptVersions([await prompt("1.0.1", "Hi {{name}}")], await baseOf("1.0.0"))).toEqual([]);
    expect(lintPromptVersions([await prompt("1.0.0")], new Map())).toEqual([]);
  });

  it("fails content changed without a bump, and a version that goes down", async () => {
    const [same] = lintPromptVersions([await prompt("1.0.0", "Hi {{name}}")], await baseOf("1.0.0"));
    expect(same).toMatchObject({ rule: "version-not-bumped", prompt: "greet", file: "prompts/greet.prompt" });
    const [down] = lintPromptVersions([await prompt("0.9.0", "Hi {{name}}")], await baseOf("1.0.0"));
    expect(down?.rule).toBe("version-decreased");
  });

  it("demands a major bump for a schema change (a minor one below 1.0.0)", async () => {
    const changed = await prompt("1.1.0", "Hello {{name}}", "name: string\n    tier?: string");
    const [minor] = lintPromptVersions([changed], await baseOf("1.0.0"));
    expect(minor?.rule).toBe("major-bump-required");
    expect(minor?.hint).toMatch(/2\.0\.0/);
    const major = await prompt("2.0.0", "Hello {{name}}", "name: string\n    tier?: string");
    expect(lintPromptVersions([major], await baseOf("1.0.0"))).toEqual([]);
    const zero = await prompt("0.2.0", "Hello {{name}}", "name: string\n    tier?: string");
    expect(lintPromptVersions([zero], await baseOf("0.1.0"))).toEqual([]);
  });
});

describe("prompts.lock.json", () => {
  it("records versions and hashes and finds stale, missing and removed entries", async () => {
    const p = await prompt("1.0.0");
    const lock = buildPromptLock([p], ".");
    expect(lock.prompts.greet).toMatchObject({ file: "prompts/greet.prompt", version: "1.0.0" });
    expect(staleLockEntries([p], lock, ".")).toEqual([]);
    const edited = await prompt("1.0.1", "Hi {{name}}");
    expect(staleLockEntries([edited], lock, ".").map((f) => f.rule)).toEqual(["lock-stale"]);
    expect(staleLockEntries([], lock, ".")[0]?.message).toMatch(/no longer exists/);
    expect(staleLockEntries([p], { lockfileVersion: 1, prompts: {} }, ".")[0]?.message).toMatch(/missing/);
  });
});
