import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, RuntimeFailure } from "@mlops/core";
import {
  type DeployConfig,
  DeployConfigSchema,
  localRegistryFiles,
  type RegistryFiles,
  type RegistryTarget,
  readAuditLog,
  readDeployState,
} from "@mlops/registry";
import { describe, expect, it } from "vitest";
import { auditFields, recordOutcome } from "./deployment-record.ts";

const config: DeployConfig = DeployConfigSchema.parse({
  model: "churn",
  registry: "registry",
  route: { name: "churn", gateway: "public" },
  apply: "true",
  health: { command: "true" },
});

/** A registry folder whose first `failures` transactions fail, as a write that did not land. */
async function flakyRegistry(failures: number): Promise<RegistryFiles> {
  const files = localRegistryFiles(await mkdtemp(path.join(tmpdir(), "deploy-record-")));
  let left = failures;
  return {
    ...files,
    transact: (request, build) => {
      if (left-- > 0) return Promise.reject(new RuntimeFailure("GitHub answered 502"));
      return files.transact(request, build);
    },
  };
}

function context(files: RegistryFiles, lines: string[]) {
  return {
    target: { files, context: {} } as unknown as RegistryTarget,
    logger: createLogger({ write: (line: string) => lines.push(line) }),
    now: () => new Date("2026-01-02T00:00:00Z"),
    deployment: { url: undefined },
  };
}

const outcome = (s: ReturnType<typeof context>) => ({
  id: "d1",
  version: "1.0.1",
  serving: { version: "1.0.1", digest: "sha256:1", track: "stable" },
  outcome: "deployed" as const,
  records: [
    {
      ...auditFields(config, {}, { id: "d1", stageOverridden: false, actor: "octocat" }, s),
      action: "deploy" as const,
      version: "1.0.1",
      previous: "1.0.0",
    },
  ],
});

describe("recording a deployment", () => {
  it("retries a write that failed until it lands, once", async () => {
    const files = await flakyRegistry(2);
    const lines: string[] = [];
    const s = context(files, lines);
    let finished = 0;
    await recordOutcome(config, outcome(s), { version: "1.0.0" }, s, async () => {
      finished++;
    });
    expect(lines.filter((l) => l.includes("recording deployment d1 failed"))).toHaveLength(2);
    expect(finished).toBe(0);
    expect((await readDeployState(files, "churn", "production"))?.serving?.version).toBe("1.0.1");
    expect((await readAuditLog(files, "churn")).map((r) => r.id)).toEqual(["d1:deploy"]);
  });

  it("fails naming what the cluster serves and what the registry says, after finishing the deployment", async () => {
    const files = await flakyRegistry(Number.POSITIVE_INFINITY);
    const s = context(files, []);
    let finished = 0;
    const failed = recordOutcome(config, outcome(s), { version: "1.0.0" }, s, async () => {
      finished++;
    });
    await expect(failed).rejects.toThrow(
      "the cluster now serves churn 1.0.1 (stable) in production, but the registry says 1.0.0: recording deployment d1 failed after 4 attempts: GitHub answered 502",
    );
    expect(finished).toBe(1);
    expect(await readDeployState(files, "churn", "production")).toBeUndefined();
  });
});
