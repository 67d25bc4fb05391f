import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, type Envelope, sha256Hex } from "@mlops/core";
import { fileModelRegistry, localRegistryFiles, readAuditLog, resolveReference } from "@mlops/registry";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { settled } from "../test-support/settled.ts";
import { runPromote } from "./promote-command.ts";

const logger = createLogger({ write: () => {} });
const MODEL = '{"weights":[0.1,0.2]}\n';

function backtest(digest: string, gate: "pass" | "fail" = "pass"): Envelope {
  return {
    schemaVersion: 1,
    kind: "backtest",
    subject: { type: "model", name: "churn", version: "abc1234", digest },
    status: gate === "pass" ? "pass" : "fail",
    startedAt: "2026-11-23T10:00:00.000Z",
    durationMs: 1,
    metrics: { roc_auc: { value: 0.8 } },
    checks: [
      {
        id: "gate:roc_auc",
        title: "roc_auc gate",
        status: gate,
        severity: "fail",
        observed: 0.8,
        expected: "≥ 0.85",
        metric: "roc_auc",
        gate: true,
      },
      { id: "gate:ece", title: "calibration gate", status: "fail", severity: "warn", gate: true },
    ],
    artifacts: [],
    lineage: { gitSha: "a".repeat(40), runUrl: "https://github.com/org/repo/actions/runs/1" },
  };
}

async function project(options: { gate?: "pass" | "fail"; digest?: string; stages?: string } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "promote-"));
  await writeFile(
    path.join(dir, "promote.yml"),
    `model: churn\nregistry: registry\nstages:\n${options.stages ?? "  - name: staging\n    alias: challenger\n  - name: production\n    alias: champion\n"}`,
  );
  await mkdir(path.join(dir, "evidence"));
  await writeFile(path.join(dir, "model.json"), MODEL);
  const digest = options.digest ?? `sha256:${sha256Hex(MODEL)}`;
  await writeFile(
    path.join(dir, "evidence", "backtest.json"),
    JSON.stringify(backtest(digest, options.gate)),
  );
  return dir;
}

const promote = (
  cwd: string,
  extra: Parameters<typeof runPromote>[0] extends infer O ? Partial<O> : never = {},
) =>
  settled(
    runPromote(
      { config: "promote.yml", model: "model.json", evidence: "evidence", reason: "better AUC", ...extra },
      { logger, cwd, env: {}, now: () => new Date("2026-11-23T12:00:00Z") },
    ),
  );

describe("promote", () => {
  it("registers the artifact, moves the first stage's alias, records evidence and audit, then climbs a stage", async () => {
    const dir = await project();
    const first = await promote(dir);
    expect(first).toMatchObject({ status: "warn", version: "1.0.0", alias: "challenger", refusals: [] });
    const registry = path.join(dir, "registry");
    const v = await resolveReference(fileModelRegistry(localRegistryFiles(registry)), "churn@challenger");
    expect(v?.evidence?.gates.map((g) => g.id)).toEqual(["gate:roc_auc", "gate:ece"]);
    const second = await promote(dir, { stage: "production", model: undefined });
    expect(second).toMatchObject({ status: "pass", version: "1.0.0", alias: "champion" });
    const log = await readAuditLog(localRegistryFiles(registry), "churn");
    expect(log.map((r) => [r.action, r.alias ?? null, r.previous ?? null])).toEqual([
      ["register", null, null],
      ["promote", "challenger", null],
      ["promote", "champion", null],
    ]);
    expect(log[1]).toMatchObject({ reason: "better AUC", actor: expect.any(String) });
    expect(log.map((r) => r.actor)).not.toContain("unknown");
    const version = parse(await readFile(path.join(registry, "models/churn/versions/1.0.0.yml"), "utf8"));
    expect(version.metrics).toEqual({ roc_auc: 0.8 });
    const envelope = JSON.parse(await readFile(second.envelopePath, "utf8")) as Envelope;
    expect(envelope.kind).toBe("promotion");
    expect(envelope.details?.[0]).toMatchObject({
      rows: [
        ["challenger", "1.0.0", "1.0.0"],
        ["champion", "—", "1.0.0"],
      ],
    });
  });

  it("a rerun of each stage writes nothing and says the promotion was already there", async () => {
    const dir = await project();
    const registry = localRegistryFiles(path.join(dir, "registry"));
    await promote(dir);
    await promote(dir, { stage: "production", model: undefined });
    const model = await registry.read("models/churn/model.yml");
    const again = await promote(dir);
    const againProduction = await promote(dir, { stage: "production", model: undefined });
    for (const r of [again, againProduction]) {
      expect(r).toMatchObject({ version: "1.0.0", alreadyPromoted: true, refusals: [] });
      const envelope = JSON.parse(await readFile(r.envelopePath, "utf8")) as Envelope;
      expect(envelope.summary).toMatch(/^already promoted: churn 1\.0\.0 is at \w+ .*nothing written$/);
    }
    expect(await registry.read("models/churn/model.yml")).toEqual(model);
    expect(await readAuditLog(registry, "churn")).toHaveLength(3);
  });

  it("refuses a failed gate, naming it, and writes nothing to the registry", async () => {
    const dir = await project({ gate: "fail" });
    const r = await promote(dir);
    expect(r.status).toBe("fail");
    expect(r.refusals.join("\n")).toContain('gate "gate:roc_auc" (roc_auc gate)');
    expect(r.refusals.join("\n")).not.toContain("calibration");
    expect(await localRegistryFiles(path.join(dir, "registry")).list("models/churn")).toEqual([]);
  });

  it("refuses an artifact whose digest is not the evaluated one", async () => {
    const dir = await project({ digest: `sha256:${"f".repeat(64)}` });
    const r = await promote(dir);
    expect(r.status).toBe("fail");
    expect(r.refusals[0]).toContain(
      `digest mismatch: the backtest result was computed on sha256:${"f".repeat(64)}`,
    );
  });

  it("refuses to skip a stage, and a stage behind an environment without an approval", async () => {
    const dir = await project({
      stages:
        "  - name: staging\n    alias: challenger\n  - name: production\n    alias: champion\n    environment: production\n",
    });
    const skip = await promote(dir, { stage: "production", model: undefined });
    expect(skip.status).toBe("error");
    expect(skip.error?.message).toContain('no version is at stage "staging"');
    await promote(dir);
    const unapproved = await promote(dir, { stage: "production", model: undefined });
    expect(unapproved.status).toBe("fail");
    expect(unapproved.refusals[0]).toContain('GitHub Environment "production"');
  });

  it("dry run decides without writing", async () => {
    const dir = await project();
    const r = await promote(dir, { dryRun: true });
    expect(r).toMatchObject({ status: "warn", version: "1.0.0", refusals: [] });
    expect(await localRegistryFiles(path.join(dir, "registry")).list("models/churn")).toEqual([]);
  });

  it("a dry run of a stage behind an environment names the approval it cannot see", async () => {
    const dir = await project({
      stages:
        "  - name: staging\n    alias: challenger\n  - name: production\n    alias: champion\n    environment: production\n",
    });
    await promote(dir);
    const r = await promote(dir, { stage: "production", model: undefined, dryRun: true });
    expect(r).toMatchObject({ refusals: [], awaitsApproval: "production" });
    const envelope = JSON.parse(await readFile(r.envelopePath, "utf8")) as Envelope;
    expect(envelope.summary).toBe(
      "dry run: would promote churn 1.0.0 to production (champion) after the production environment's required reviewers approve (not visible to a dry run)",
    );
  });

  it("names an unknown stage and a missing artifact", async () => {
    const dir = await project();
    expect((await promote(dir, { stage: "prod" })).error?.message).toMatch(/unknown stage "prod"/);
    const missing = await promote(dir, { model: "nope.json" });
    expect(missing.status).toBe("error");
    expect(missing.error?.location?.path).toBe("model");
  });
});
