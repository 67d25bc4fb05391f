import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { loadPromptDir, parsePromptFile, promptNameFromPath } from "./prompt-file.ts";
import { PromptRenderer } from "./prompt-render.ts";

const EXPLAIN = `---
version: "1.2.0"
description: Explain a churn risk
model: openai/gpt-4o-mini
config:
  temperature: 0
  maxOutputTokens: 200
input:
  schema:
    customer: string
    risk: number
    notes?: string
evals.dataset: cases.jsonl
---
{{role "system"}}
You explain churn risk to a customer-success agent.
{{role "user"}}
Customer {{customer}} has a churn risk of {{risk}}.
{{#if notes}}Notes: {{notes}}{{/if}}
`;

async function thrown(p: Promise<unknown> | (() => unknown)): Promise<ConfigError> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe("prompt files", () => {
  it("parses Dotprompt front matter, infers the name, compiles Picoschema and hashes", async () => {
    const p = await parsePromptFile(EXPLAIN, "prompts/explain.prompt");
    expect(p).toMatchObject({
      id: "explain",
      name: "explain",
      version: "1.2.0",
      model: "openai/gpt-4o-mini",
    });
    expect(p.ext).toEqual({ evals: { dataset: "cases.jsonl" } });
    expect(p.inputSchema).toMatchObject({ required: ["customer", "risk"], additionalProperties: false });
    expect(p.templateLine).toBe(15);
    expect(p.hashes.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(p.hashes.dotpromptVersion).toMatch(/^[0-9a-f]{8}$/);

    const crlf = await parsePromptFile(`\uFEFF${EXPLAIN.replace(/\n/g, "\r\n")}`, "x/explain.prompt");
    expect(crlf.hashes).toEqual(p.hashes);
    const reworded = await parsePromptFile(EXPLAIN.replace("You explain", "You describe"), "explain.prompt");
    expect(reworded.hashes.contentHash).not.toBe(p.hashes.contentHash);
    expect(reworded.hashes.specHash).toBe(p.hashes.specHash);
    expect(reworded.hashes.schemaHash).toBe(p.hashes.schemaHash);
    const bumped = await parsePromptFile(EXPLAIN.replace('"1.2.0"', '"1.2.1"'), "explain.prompt");
    expect(bumped.hashes.templateHash).toBe(p.hashes.templateHash);
  });

  it("names variants and subdirectories as Dotprompt's DirStore does", () => {
    expect(promptNameFromPath("support/explain.v2.prompt")).toEqual({
      name: "support/explain",
      variant: "v2",
    });
    expect(promptNameFromPath("explain.prompt")).toEqual({ name: "explain" });
  });

  it("rejects bad front matter with file lines", async () => {
    const unquoted = await thrown(parsePromptFile(EXPLAIN.replace('"1.2.0"', "1.2"), "p.prompt"));
    expect(unquoted.location).toMatchObject({ file: "p.prompt", line: 2 });
    const notSemver = await thrown(parsePromptFile(EXPLAIN.replace('"1.2.0"', '"v1"'), "p.prompt"));
    expect(notSemver.message).toMatch(/semver/);
    const typo = await thrown(parsePromptFile(EXPLAIN.replace("model:", "modle:"), "p.prompt"));
    expect(typo.message).toMatch(/did you mean "model"/);
    expect(typo.location?.line).toBe(4);
    const none = await thrown(parsePromptFile("hello {{x}}", "p.prompt"));
    expect(none.message).toMatch(/front matter/);
  });
});

describe("rendering", () => {
  it("renders roles and config into an OpenAI chat request", async () => {
    const p = await parsePromptFile(EXPLAIN, "prompts/explain.prompt");
    const request = await new PromptRenderer().render(p, { customer: "Acme", risk: 0.82 }, "gpt-4o-mini");
    expect(request).toEqual({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "You explain churn risk to a customer-success agent." },
        { role: "user", content: "Customer Acme has a churn risk of 0.82." },
      ],
      temperature: 0,
      max_tokens: 200,
    });
  });

  it("fails on a missing variable, naming prompt, file line, column and variable", async () => {
    const p = await parsePromptFile(EXPLAIN, "prompts/explain.prompt");
    const e = await thrown(new PromptRenderer().render(p, { customr: "Acme", risk: 1 }, "m"));
    expect(e.message).toBe('prompt "explain" uses the variable "customer", which the case does not define');
    expect(e.location).toMatchObject({
      file: "prompts/explain.prompt",
      line: 18,
      column: 12,
      path: "customer",
    });
    expect(e.hint).toMatch(/did you mean "customr"/i);
  });

  it("allows missing #if conditions, checks #each lists, and skips paths inside context blocks", async () => {
    const p = await parsePromptFile(
      `---\nversion: "1.0.0"\noutput:\n  format: json\n---\n{{#if opt}}{{opt}}{{/if}}{{#each items}}{{name}}{{/each}}{{@root.title}}`,
      "list.prompt",
    );
    const r = new PromptRenderer();
    expect(() => r.check(p, { items: [{ name: "a" }], title: "t" })).not.toThrow();
    expect((await thrown(() => r.check(p, { title: "t" }))).location?.path).toBe("items");
    expect((await thrown(() => r.check(p, { items: [] }))).location?.path).toBe("@root.title");
    const request = await r.render(p, { items: [{ name: "a" }], title: "t" }, "m");
    expect(request.response_format).toEqual({ type: "json_object" });
  });

  it("resolves partials from _name.prompt files and checks their variables too", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "prompts-"));
    await writeFile(path.join(dir, "_tone.prompt"), "Be kind to {{agent}}.");
    await writeFile(path.join(dir, "greet.prompt"), `---\nversion: "1.0.0"\n---\n{{> tone}}\nHello {{name}}`);
    const set = await loadPromptDir(dir);
    expect(set.prompts.map((p) => p.id)).toEqual(["greet"]);
    const r = new PromptRenderer(set);
    const greet = set.prompts[0]!;
    const request = await r.render(greet, { agent: "Sam", name: "Ann" }, "m");
    expect(request.messages).toEqual([{ role: "user", content: "Be kind to Sam.Hello Ann" }]);
    const e = await thrown(() => r.check(greet, { name: "Ann" }));
    expect(e.location).toMatchObject({ file: path.join(dir, "_tone.prompt"), line: 1, path: "agent" });
  });

  it.each([
    ["itself", { self: "Again:\n{{> self}}" }, "_self.prompt", 2, '"self" → "self"'],
    [
      "itself through another",
      { a: "A {{> b}}", b: "B\n\n{{#if x}}{{> a}}{{/if}}" },
      "_b.prompt",
      3,
      '"a" → "b" → "a"',
    ],
  ])(
    "refuses a partial that includes %s when the prompts load, naming the chain",
    async (_, partials, file, line, chain) => {
      const dir = await mkdtemp(path.join(tmpdir(), "prompts-"));
      for (const [name, text] of Object.entries(partials))
        await writeFile(path.join(dir, `_${name}.prompt`), text);
      await writeFile(path.join(dir, "greet.prompt"), `---\nversion: "1.0.0"\n---\nHello`);
      const set = await loadPromptDir(dir);
      const e = await thrown(() => new PromptRenderer(set));
      expect(e).toBeInstanceOf(ConfigError);
      expect(e.message).toContain(chain);
      expect(e.location).toEqual({ file: path.join(dir, file), line });
    },
  );

  it("reports template syntax errors at their file line", async () => {
    const p = await parsePromptFile(
      `---\nversion: "1.0.0"\n---\nline one\n{{#if x}}never closed`,
      "bad.prompt",
    );
    const e = await thrown(() => new PromptRenderer().check(p, { x: 1 }));
    expect(e.message).toMatch(/template syntax error/);
    expect(e.location?.file).toBe("bad.prompt");
  });
});
