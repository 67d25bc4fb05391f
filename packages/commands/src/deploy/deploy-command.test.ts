import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, type Envelope, sha256Hex } from "@mlops/core";
import {
  FIRST_DEPLOYMENT,
  localRegistryFiles,
  readAuditLog,
  readDeployState,
  storedArtifactDir,
} from "@mlops/registry";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { startMlflowEmulator } from "../../../../test/emulators/mlflow-api.ts";
import { runPromote } from "../promote/promote-command.ts";
import { runRegister } from "../register/register-command.ts";
import { settled } from "../test-support/settled.ts";
import { type DeployOptions, runDeploy } from "./deploy-command.ts";

const logger = createLogger({ write: () => {} });
const EXAMPLE_TEMPLATES = path.resolve(import.meta.dirname, "../../../../examples/churn/deploy/templates");
const node = process.execPath;

/** A project with version 1.0.0 promoted through the policy with passing evidence; `next` promotes 1.0.1 over it. */
async function project(
  strategy: string,
  health = `${node} health.js {track} {version}`,
  registry = "registry: registry",
) {
  const dir = await mkdtemp(path.join(tmpdir(), "deploy-"));
  await cp(EXAMPLE_TEMPLATES, path.join(dir, "templates"), { recursive: true });
  await writeFile(
    path.join(dir, "promote.yml"),
    `model: churn\n${registry}\nstages:\n  - name: production\n    alias: champion\n`,
  );
  await writeFile(
    path.join(dir, "deploy.yml"),
    [
      "model: churn",
      registry,
      `strategy: ${strategy}`,
      "templates: templates",
      "route: { name: churn, gateway: public }",
      `apply: ${JSON.stringify(`${node} apply.js {manifests}`)}`,
      `health: { command: ${JSON.stringify(health)}, timeout: 2s, interval: 50ms }`,
    ].join("\n"),
  );
  // The "cluster" keeps the last applied manifests; unhealthy when the version is listed in UNHEALTHY.
  await writeFile(
    path.join(dir, "apply.js"),
    `const fs=require("node:fs"),p=require("node:path");fs.mkdirSync("cluster",{recursive:true});for(const f of fs.readdirSync(process.argv[2]))fs.copyFileSync(p.join(process.argv[2],f),p.join("cluster",f));fs.appendFileSync("applied.log",process.argv[2]+"\\n");`,
  );
  await writeFile(
    path.join(dir, "health.js"),
    `const fs=require("node:fs");const [t,v]=process.argv.slice(2);const m=fs.readFileSync("cluster/"+t+"-deployment.yaml","utf8");process.exit(m.includes('version: "'+v+'"')&&!(process.env.UNHEALTHY||"").split(",").includes(v)?0:1);`,
  );
  await writeFile(path.join(dir, "package.json"), '{"type":"commonjs"}');
  await promoteVersion(dir, "[1]");
  return dir;
}

async function promoteVersion(dir: string, weights: string) {
  await mkdir(path.join(dir, "evidence"), { recursive: true });
  await writeFile(path.join(dir, "model.json"), weights);
  const envelope: Envelope = {
    schemaVersion: 1,
    kind: "backtest",
    subject: { type: "model", name: "churn", digest: `sha256:${sha256Hex(weights)}` },
    status: "pass",
    startedAt: "2026-11-23T10:00:00.000Z",
    durationMs: 1,
    metrics: {},
    checks: [{ id: "gate:auc", title: "auc", status: "pass", severity: "fail", gate: true }],
    artifacts: [],
    lineage: {},
  };
  await writeFile(path.join(dir, "evidence", "b.json"), JSON.stringify(envelope));
  const r = await runPromote(
    { config: "promote.yml", model: "model.json", evidence: "evidence" },
    { logger, cwd: dir, env: {} },
  );
  expect(r.status).toBe("pass");
}

const next = (dir: string) => promoteVersion(dir, "[2]");

const deploy = (dir: string, env: NodeJS.ProcessEnv = {}, options: Partial<DeployOptions> = {}) =>
  settled(
    runDeploy(
      { config: "deploy.yml", ...options },
      { logger, cwd: dir, env: { PATH: process.env.PATH, ...env } },
    ),
  );

const route = async (dir: string, step: string) =>
  parse(await readFile(path.join(dir, ".mlops/deploy", step, "httproute.yaml"), "utf8")).spec.rules[0];

describe("deploy", () => {
  it("rolls a canary through its traffic steps with weighted HTTPRoutes, then records the deployment", async () => {
    const dir = await project("{ type: canary, steps: [10, 50] }");
    const first = await deploy(dir);
    expect(first.status).toBe("pass");
    // Nothing served before: one step, and the plan and the report say why.
    const firstReport = JSON.parse(await readFile(first.envelopePath, "utf8")) as Envelope;
    expect(firstReport.summary).toBe(
      "deployed churn 1.0.0 to production (canary, 1 step; first deployment: nothing to compare with or roll back to)",
    );
    expect(firstReport.details?.[0]).toEqual({ type: "text", title: "Plan", text: FIRST_DEPLOYMENT });
    await next(dir);
    const r = await deploy(dir);
    const report = JSON.parse(await readFile(r.envelopePath, "utf8")) as Envelope;
    expect(report.summary).not.toContain("first deployment");
    expect(report.details?.map((d) => d.type)).toEqual(["table"]);
    expect(r).toMatchObject({ status: "pass", version: "1.0.1", previous: "1.0.0", rolledBack: false });
    const steps = (await readdir(path.join(dir, ".mlops/deploy"))).sort();
    expect(steps).toEqual(["1-canary-10", "1-stable-1.0.0-100", "2-canary-50", "3-stable-1.0.1-100"]);
    expect((await route(dir, "1-canary-10")).backendRefs).toEqual([
      { name: "churn-stable", port: 8080, weight: 90 },
      { name: "churn-canary", port: 8080, weight: 10 },
    ]);
    expect(
      await readFile(path.join(dir, ".mlops/deploy/2-canary-50/canary-deployment.yaml"), "utf8"),
    ).toContain(`mlops/model-digest: "sha256:${sha256Hex("[2]")}"`);
    const log = await readAuditLog(localRegistryFiles(path.join(dir, "registry")), "churn");
    expect(log.filter((x) => x.action === "deploy").map((x) => [x.version, x.previous])).toEqual([
      ["1.0.0", null],
      ["1.0.1", "1.0.0"],
    ]);
  });

  it("rolls back to the previous version when a step's health check fails", async () => {
    const dir = await project("{ type: canary, steps: [25] }");
    await deploy(dir);
    await next(dir);
    const r = await deploy(dir, { UNHEALTHY: "1.0.1" });
    expect(r).toMatchObject({ status: "fail", rolledBack: true, previous: "1.0.0" });
    expect(await readFile(path.join(dir, "cluster/httproute.yaml"), "utf8")).not.toContain("churn-canary");
    expect(await readFile(path.join(dir, "cluster/stable-deployment.yaml"), "utf8")).toContain(
      'version: "1.0.0"',
    );
    const log = await readAuditLog(localRegistryFiles(path.join(dir, "registry")), "churn");
    expect(log.slice(-2).map((x) => [x.action, x.version, x.outcome])).toEqual([
      ["deploy", "1.0.1", "failure"],
      ["rollback", "1.0.0", "success"],
    ]);
    // The next deploy starts from what serves: the rolled-back version.
    expect((await deploy(dir)).previous).toBe("1.0.0");
  });

  it("holds each canary step and rolls back when its metric analysis fails, naming the measurement", async () => {
    // The "error rate" of the version serving the canary track: 1.0.1 errs on 20% of requests.
    const metric = `${node} -e "console.log('{version}' === '1.0.1' ? 0.2 : 0.001)"`;
    const dir = await project(
      `{ type: canary, steps: [25], pause: 20ms, analysis: { interval: 5ms, metrics: [{ name: error_rate, command: ${JSON.stringify(metric)}, max: 0.05 }] } }`,
    );
    await deploy(dir);
    await next(dir);
    const r = await deploy(dir);
    expect(r).toMatchObject({ status: "fail", rolledBack: true, previous: "1.0.0" });
    const report = JSON.parse(await readFile(r.envelopePath, "utf8")) as Envelope;
    expect(report.summary).toMatch(
      /step 1 \(canary 25%\) failed: .*error_rate = 0\.2, above max 0\.05 \(1 of 1 measurements failed; failure_limit 0\)/,
    );
    expect(await readFile(path.join(dir, "cluster/httproute.yaml"), "utf8")).not.toContain("churn-canary");
  });

  it("blue-green brings up the idle colour before switching; shadow mirrors without serving", async () => {
    const dir = await project("{ type: blue-green }");
    await deploy(dir);
    await next(dir);
    await deploy(dir);
    expect((await route(dir, "1-blue-up-idle")).backendRefs.map((b: { weight: number }) => b.weight)).toEqual(
      [100, 0],
    );
    expect((await route(dir, "2-switch-to-blue")).backendRefs).toEqual([
      { name: "churn-stable", port: 8080, weight: 0 },
      { name: "churn-blue", port: 8080, weight: 100 },
    ]);

    const shadow = await project("{ type: shadow }");
    await deploy(shadow);
    await next(shadow);
    const shadowed = await deploy(shadow);
    expect(shadowed.status, JSON.stringify(shadowed)).toBe("pass");
    const rule = await route(shadow, "1-shadow-mirrored-traffic");
    expect(rule.backendRefs).toEqual([{ name: "churn-stable", port: 8080, weight: 100 }]);
    expect(rule.filters).toEqual([
      { type: "RequestMirror", requestMirror: { backendRef: { name: "churn-shadow", port: 8080 } } },
    ]);
  });

  it("refuses a version without passing gates, and names an unknown template variable", async () => {
    const dir = await project("{ type: rolling }");
    await next(dir);
    const registry = path.join(dir, "registry/models/churn/versions/1.0.1.yml");
    const recorded = await readFile(registry, "utf8");
    await writeFile(registry, recorded.replaceAll("status: pass", "status: fail"));
    const refused = await deploy(dir);
    expect(refused.status).toBe("fail");
    expect(refused.refusals[0]).toContain('gate "gate:auc"');
    expect(await readdir(path.join(dir, ".mlops")).catch(() => [])).not.toContain("deploy");

    await writeFile(registry, recorded);
    await writeFile(path.join(dir, "templates/extra.yaml"), "kind: ConfigMap\n  data: {{ modle }}\n");
    const bad = await deploy(dir);
    expect(bad.status).toBe("error");
    expect(bad.error?.location).toMatchObject({
      file: path.join(dir, "templates/extra.yaml"),
      line: 2,
      column: 9,
    });
  });

  it("deploys an adopted version, saying in the plan, the summary and the checks that it predates the gates", async () => {
    const dir = await project("{ type: canary, steps: [10] }");
    await writeFile(path.join(dir, "in-production.json"), "[9]");
    const adopted = await settled(
      runRegister(
        {
          config: "promote.yml",
          model: "in-production.json",
          version: "0.9.0",
          reason: "serving since 2025",
          replace: true,
        },
        { logger, cwd: dir, env: {}, now: () => new Date("2026-11-20T09:00:00Z") },
      ),
    );
    expect(adopted).toMatchObject({ status: "pass", version: "0.9.0", alias: "champion", previous: "1.0.0" });
    const r = await deploy(dir);
    expect(r).toMatchObject({ status: "pass", version: "0.9.0" });
    const note = "adopted 2026-11-20: serving since 2025 — predates the gates";
    const report = JSON.parse(await readFile(r.envelopePath, "utf8")) as Envelope;
    expect(report.summary).toContain(note);
    expect(report.details?.[0]).toMatchObject({
      type: "text",
      title: "Plan",
      text: expect.stringContaining(note),
    });
    expect(report.checks.find((c) => c.id === "deploy:gates")).toMatchObject({
      status: "pass",
      observed: note,
    });
  });

  it("refuses an artifact whose bytes are not the registered ones, naming both digests, before applying anything", async () => {
    const dir = await project("{ type: rolling }");
    await next(dir);
    const registered = `sha256:${sha256Hex("[2]")}`;
    const stored = path.join(dir, "registry", storedArtifactDir("churn", sha256Hex("[2]")), "model.json");
    await writeFile(stored, "[3]");
    const refused = await deploy(dir);
    expect(refused).toMatchObject({ status: "fail", version: "1.0.1" });
    expect(refused.refusals[0]).toContain(
      `has sha256:${sha256Hex("[3]")}, the registry records ${registered}`,
    );
    const envelope = JSON.parse(await readFile(refused.envelopePath, "utf8")) as Envelope;
    expect(envelope.checks.find((c) => c.id === "deploy:artifact")).toMatchObject({ status: "fail" });
    expect(await readdir(path.join(dir, ".mlops")).catch(() => [])).not.toContain("deploy");
    await expect(readFile(path.join(dir, "applied.log"), "utf8")).rejects.toThrow();
    expect(
      (await readAuditLog(localRegistryFiles(path.join(dir, "registry")), "churn")).map((x) => x.action),
    ).not.toContain("deploy");

    // A copy that is gone cannot be verified: refused with what would make it verifiable.
    await rm(stored);
    const missing = await deploy(dir);
    expect(missing.status).toBe("fail");
    expect(missing.refusals[0]).toMatch(
      /cannot be verified: not at .*model\.json, and no GitHub token.*artifacts: registry/,
    );
  });

  it("commits what serves with the audit record; a rerun of the same run attempt applies and writes nothing", async () => {
    const dir = await project("{ type: rolling }");
    const run = { GITHUB_RUN_ID: "41", GITHUB_RUN_ATTEMPT: "1" };
    expect((await deploy(dir, run)).status).toBe("pass");
    const files = localRegistryFiles(path.join(dir, "registry"));
    const state = await readDeployState(files, "churn", "production");
    expect(state).toMatchObject({
      serving: { version: "1.0.0", digest: `sha256:${sha256Hex("[1]")}`, track: "stable" },
      deployment: { version: "1.0.0", outcome: "deployed", strategy: "rolling" },
    });
    const [record] = (await readAuditLog(files, "churn")).filter((x) => x.action === "deploy");
    expect(record).toMatchObject({ id: `${state!.deployment.id}:deploy`, deployment: state!.deployment.id });

    const applied = await readFile(path.join(dir, "applied.log"), "utf8");
    const again = await deploy(dir, run);
    expect(again).toMatchObject({ status: "pass", alreadyDeployed: true, version: "1.0.0" });
    const report = JSON.parse(await readFile(again.envelopePath, "utf8")) as Envelope;
    expect(report.summary).toContain("finished earlier (deployed");
    expect(report.summary).toContain("nothing applied or written");
    expect(await readFile(path.join(dir, "applied.log"), "utf8")).toBe(applied);
    expect((await readAuditLog(files, "churn")).filter((x) => x.action === "deploy")).toHaveLength(1);

    // The next attempt of the run is another deployment.
    expect((await deploy(dir, { ...run, GITHUB_RUN_ATTEMPT: "2" })).alreadyDeployed).toBeUndefined();
  });

  it("refuses a version that does not hold the environment's alias, unless overridden with a reason that is recorded", async () => {
    const dir = await project("{ type: rolling }");
    await writeFile(
      path.join(dir, "promote.yml"),
      "model: churn\nregistry: registry\nstages:\n  - name: staging\n    alias: challenger\n  - name: production\n    alias: champion\n    environment: production\n",
    );
    await next(dir);
    const refused = await deploy(dir, {}, { version: "1.0.1" });
    expect(refused.status).toBe("fail");
    expect(refused.refusals[0]).toBe(
      `version 1.0.1 does not hold alias "champion", which production requires (stage "production" of ${path.join(dir, "promote.yml")}): it holds challenger; "champion" is 1.0.0`,
    );
    await expect(readFile(path.join(dir, "applied.log"), "utf8")).rejects.toThrow();

    const noReason = await deploy(dir, {}, { version: "1.0.1", overrideStageCheck: true });
    expect(noReason.error?.message).toContain("override-stage-check needs a reason");
    const overridden = await deploy(
      dir,
      {},
      { version: "1.0.1", overrideStageCheck: true, reason: "hotfix" },
    );
    expect(overridden.status).toBe("pass");
    const envelope = JSON.parse(await readFile(overridden.envelopePath, "utf8")) as Envelope;
    expect(envelope.checks.find((c) => c.id === "deploy:stage")).toMatchObject({
      status: "skipped",
      observed: expect.stringContaining("overridden (hotfix)"),
    });
    const log = await readAuditLog(localRegistryFiles(path.join(dir, "registry")), "churn");
    expect(log.at(-1)).toMatchObject({
      action: "deploy",
      version: "1.0.1",
      stageOverridden: true,
      reason: "hotfix",
    });
  });

  it("refuses to start when the rollback target's bytes are not the registered ones", async () => {
    const dir = await project("{ type: canary, steps: [50] }");
    await deploy(dir);
    await next(dir);
    await writeFile(
      path.join(dir, "registry", storedArtifactDir("churn", sha256Hex("[1]")), "model.json"),
      "[9]",
    );
    const applied = await readFile(path.join(dir, "applied.log"), "utf8");
    const refused = await deploy(dir);
    expect(refused.status).toBe("fail");
    expect(refused.refusals[0]).toBe(
      `rollback target 1.0.0: artifact digest mismatch: ${path.join(dir, "registry", storedArtifactDir("churn", sha256Hex("[1]")), "model.json")} has sha256:${sha256Hex("[9]")}, the registry records sha256:${sha256Hex("[1]")}`,
    );
    expect(await readFile(path.join(dir, "applied.log"), "utf8")).toBe(applied);
  });

  it("looks the alias up in MLflow (tag fallback included) and keeps the audit log in the repository", async () => {
    const mlflow = await startMlflowEmulator({ aliases: false });
    try {
      const dir = await project(
        "{ type: rolling }",
        undefined,
        `registry: { type: mlflow, tracking_uri: "${mlflow.url}", audit: audit }`,
      );
      expect((await deploy(dir)).status).toBe("pass");
      await next(dir);
      expect(mlflow.models.get("churn")?.tags.get("mlops.alias.champion")).toBe("2");
      const r = await deploy(dir, { UNHEALTHY: "2" });
      expect(r).toMatchObject({ status: "fail", version: "2", previous: "1", rolledBack: true });
      const log = await readAuditLog(localRegistryFiles(path.join(dir, "audit")), "churn");
      expect(log.map((x) => [x.action, x.version])).toEqual([
        ["register", "1"],
        ["promote", "1"],
        ["deploy", "1"],
        ["register", "2"],
        ["promote", "2"],
        ["deploy", "2"],
        ["rollback", "1"],
      ]);

      // A version MLflow holds without the digest tag was not registered by promote: refused by name.
      mlflow.models.get("churn")!.versions[1]!.tags.delete("mlops.digest");
      const untagged = await deploy(dir);
      expect(untagged.status).toBe("error");
      expect(untagged.error?.message).toContain("has no valid mlops.digest tag");
      expect(untagged.error?.location?.path).toBe("versions.2.tags.mlops.digest");
    } finally {
      await mlflow.close();
    }
  });
});
