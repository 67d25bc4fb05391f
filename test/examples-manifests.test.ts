import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { loadConfigFile } from "@mlops/core";
import { type DeployConfig, DeployConfigSchema, planRollout, renderStep } from "@mlops/registry";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { manifestProblems } from "../examples/churn/deploy/manifest-check.ts";

/**
 * Every deploy template under examples/ renders, with its example's deploy config, into manifests the
 * Kubernetes and Gateway API schemas accept — for each rollout strategy, so every track's backend and
 * every HTTPRoute shape is covered — and the example's apply step finds nothing to refuse in them.
 */

const examplesDir = path.resolve(import.meta.dirname, "../examples");

/** The schema validator of a manifest's apiVersion and kind, from the packages that ship them. */
async function schemaProblems(manifest: { apiVersion: string; kind: string }): Promise<string | undefined> {
  const [group, version] = manifest.apiVersion.includes("/")
    ? manifest.apiVersion.split("/")
    : [undefined, manifest.apiVersion];
  const module =
    group === undefined
      ? `kubernetes-models/${version}`
      : group.startsWith("gateway.networking.k8s.io")
        ? `@kubernetes-models/gateway-api/${group}/${version}`
        : `kubernetes-models/${group}/${version}`;
  const models = (await import(module)) as Record<string, new (data: unknown) => { validate(): void }>;
  const Model = models[manifest.kind];
  if (!Model) return `no schema for ${manifest.apiVersion} ${manifest.kind}`;
  try {
    new Model(manifest).validate();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

async function validateFolder(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const text = await readFile(path.join(dir, name), "utf8");
    problems.push(...manifestProblems(text).map((p) => `${name}: ${p}`));
    for (const doc of parseAllDocuments(text, { logLevel: "error" })) {
      const manifest = doc.toJS() as { apiVersion: string; kind: string } | null;
      if (manifest === null) continue;
      const problem = await schemaProblems(manifest);
      if (problem) problems.push(`${name}: ${manifest.kind}: ${problem}`);
    }
  }
  return problems;
}

const versions = new Map([
  ["1", { version: "1", digest: "a".repeat(64), artifact: "registry/churn/1/model.json" }],
  ["2", { version: "2", digest: "b".repeat(64), artifact: "registry/churn/2/model.json" }],
]);

/** Every step of every strategy, for a first deployment and for version 2 over a running version 1. */
async function renderAll(config: DeployConfig, exampleDir: string): Promise<string[]> {
  const strategies: DeployConfig["strategy"][] = [
    config.strategy,
    { type: "rolling" },
    { type: "blue-green" },
    { type: "shadow" },
  ];
  const out = await mkdtemp(path.join(tmpdir(), "mlops-manifests-"));
  const dirs: string[] = [];
  for (const strategy of strategies) {
    for (const previous of [undefined, { version: "1", track: "stable" }]) {
      for (const step of planRollout(strategy, "2", previous).steps) {
        const dir = path.join(out, String(dirs.length));
        await renderStep(config, path.resolve(exampleDir, config.templates), step, versions, dir);
        dirs.push(dir);
      }
    }
  }
  return dirs;
}

const examples = (await readdir(examplesDir, { withFileTypes: true }))
  .filter((e) => e.isDirectory() && existsSync(path.join(examplesDir, e.name, "deploy.yml")))
  .map((e) => e.name);

describe("example deploy templates", () => {
  it("finds the examples' deploy configs", () => {
    expect(examples).toContain("churn");
  });

  for (const name of examples) {
    it(`${name}: every rendered manifest validates against the Kubernetes and Gateway API schemas`, async () => {
      const exampleDir = path.join(examplesDir, name);
      const config = await loadConfigFile(path.join(exampleDir, "deploy.yml"), DeployConfigSchema);
      const dirs = await renderAll(config, exampleDir);
      expect(dirs.length).toBeGreaterThan(4);
      for (const dir of dirs) expect(await validateFolder(dir)).toEqual([]);
    });
  }

  it("refuses what a formatter makes of a template: split braces render as maps, not names", async () => {
    const templates = await mkdtemp(path.join(tmpdir(), "mlops-templates-"));
    await writeFile(
      path.join(templates, "service.yaml"),
      [
        "apiVersion: v1",
        "kind: Service",
        "metadata:",
        "  name: { { name } }",
        "spec:",
        "  ports:",
        "    - port: { { port } }",
        "",
      ].join("\n"),
    );
    const config = await loadConfigFile(path.join(examplesDir, "churn/deploy.yml"), DeployConfigSchema);
    const [step] = planRollout({ type: "rolling" }, "2", undefined).steps;
    const dir = path.join(templates, "out");
    await renderStep({ ...config, templates }, templates, step!, versions, dir);
    const problems = await validateFolder(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/^stable-service\.yaml: line 4: template braces left/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^stable-service\.yaml: Service: .*metadata\/name/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^stable-service\.yaml: Service: .*port/));
  });

  it("refuses a port rendered as text, which the schema types as an integer", async () => {
    const text =
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: churn-stable\nspec:\n  ports:\n    - port: '8080'\n";
    const [doc] = parseAllDocuments(text);
    expect(manifestProblems(text)).toEqual([]);
    expect(await schemaProblems(doc!.toJS())).toMatch(/port must be integer/);
  });
});

describe("the churn example's apply and health steps", () => {
  const apply = path.join(examplesDir, "churn/deploy/apply.ts");
  const health = path.join(examplesDir, "churn/deploy/health.ts");
  const run = (cwd: string, ...args: string[]) =>
    promisify(execFile)(process.execPath, args, { cwd }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("applies valid manifests", async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), "mlops-apply-"));
    const config = await loadConfigFile(path.join(examplesDir, "churn/deploy.yml"), DeployConfigSchema);
    const [step] = planRollout({ type: "rolling" }, "2", undefined).steps;
    await renderStep(
      config,
      path.join(examplesDir, "churn", config.templates),
      step!,
      versions,
      path.join(cwd, "m"),
    );
    const result = await run(cwd, apply, "m");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/applied stable-deployment\.yaml/);
    expect(await readdir(path.join(cwd, ".mlops/cluster"))).toContain("httproute.yaml");
    // The example's health check reads what was applied: healthy for the applied version only.
    expect(await run(cwd, health, "stable", "2")).toMatchObject({ code: 0, stdout: "stable 2 is healthy\n" });
    expect(await run(cwd, health, "stable", "3")).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/stable does not run 3 \(app.kubernetes.io\/version: 2, 2\)/),
    });
  });

  it("applies nothing and names file and line when a manifest is invalid", async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), "mlops-apply-"));
    const m = path.join(cwd, "m");
    await mkdir(m);
    await writeFile(path.join(m, "a.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: churn\n");
    await writeFile(
      path.join(m, "b.yaml"),
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: { { name } }\n",
    );
    const result = await run(cwd, apply, "m");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/m\/b\.yaml: line 4: template braces left in "name: \{ \{ name \} \}"/);
    expect(result.stderr).toMatch(/nothing applied: 2 problems/);
    expect(existsSync(path.join(cwd, ".mlops/cluster"))).toBe(false);
  });
});
