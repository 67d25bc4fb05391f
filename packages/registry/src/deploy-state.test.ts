import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "./audit-chain.ts";
import { appendAuditRecord, readAuditLog } from "./audit-log.ts";
import {
  commitDeployment,
  type DeploymentRecord,
  deploymentId,
  deployStatePath,
  readDeployState,
  registryServing,
} from "./deploy-state.ts";
import { localRegistryFiles } from "./registry-files.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function registry() {
  const root = await mkdtemp(path.join(os.tmpdir(), "deploy-state-"));
  dirs.push(root);
  return { root, files: localRegistryFiles(root) };
}

const common = { model: "churn", environment: "production", actor: "octocat", reason: "test" };

function deployed(id: string, version: string, previous: string | null): DeploymentRecord {
  return {
    state: {
      schemaVersion: 1,
      model: "churn",
      environment: "production",
      serving: { version, digest: `sha256:${version}`, track: "stable" },
      deployment: { id, version, outcome: "deployed", strategy: "rolling", at: "2026-01-01T00:00:00Z" },
    },
    records: [
      {
        ...common,
        at: "2026-01-01T00:00:00Z",
        action: "deploy",
        version,
        track: "stable",
        previous,
        deployment: id,
      },
    ],
    message: `deploy churn ${version}`,
  };
}

describe("deploy state", () => {
  it("lands with its audit record; a rerun of the same deployment writes nothing", async () => {
    const { root, files } = await registry();
    const first = await commitDeployment(files, deployed("d1", "1.0.0", null));
    expect(first.committed).toBe(true);
    expect(first.audits.map((a) => a.id)).toEqual(["d1:deploy"]);
    const again = await commitDeployment(files, deployed("d1", "1.0.0", null));
    expect(again).toMatchObject({ committed: false, audits: [] });
    expect(await readAuditLog(files, "churn")).toHaveLength(1);
    expect(await readFile(path.join(root, deployStatePath("churn", "production")), "utf8")).toContain(
      "id: d1",
    );
    expect((await registryServing(files, "churn", "production")).serving).toMatchObject({
      version: "1.0.0",
    });
    await commitDeployment(files, deployed("d2", "1.0.1", "1.0.0"));
    expect((await readDeployState(files, "churn", "production"))?.deployment.id).toBe("d2");
    expect((await verifyAuditChain(files, "churn")).problems).toEqual([]);
  });

  it("answers from the audit log for a registry written before the state file", async () => {
    const { files } = await registry();
    await appendAuditRecord(files, {
      ...common,
      id: "old",
      at: "2025-01-01T00:00:00Z",
      action: "deploy",
      version: "0.9.0",
      track: "blue",
    });
    expect(await registryServing(files, "churn", "production")).toEqual({
      serving: { version: "0.9.0", track: "blue" },
    });
  });

  it("derives the same id for a rerun of one run attempt, another for the next attempt", () => {
    const what = { model: "churn", version: "1.0.1", environment: "production" };
    const fresh = () => "fresh";
    const a = deploymentId(what, { runId: 7, runAttempt: 1 }, fresh);
    expect(deploymentId(what, { runId: 7, runAttempt: 1 }, fresh)).toBe(a);
    expect(deploymentId(what, { runId: 7, runAttempt: 2 }, fresh)).not.toBe(a);
    expect(deploymentId({ ...what, environment: "staging" }, { runId: 7, runAttempt: 1 }, fresh)).not.toBe(a);
    expect(deploymentId(what, {}, fresh)).toBe("fresh");
  });
});
