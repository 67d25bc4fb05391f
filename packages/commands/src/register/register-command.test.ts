import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, sha256Hex } from "@mlops/core";
import { localRegistryFiles, readAuditLog } from "@mlops/registry";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { settled } from "../test-support/settled.ts";
import { runRegister } from "./register-command.ts";

const lines: string[] = [];
const logger = createLogger({ write: (l) => lines.push(l) });
const MODEL = '{"weights":[0.3]}\n';

async function project() {
  const dir = await mkdtemp(path.join(tmpdir(), "register-"));
  await writeFile(path.join(dir, "model.json"), MODEL);
  await writeFile(
    path.join(dir, "promote.yml"),
    "model: churn\nregistry: models\nstages:\n  - name: staging\n    alias: challenger\n  - name: production\n    alias: champion\n",
  );
  return dir;
}

const register = (cwd: string, options: Partial<Parameters<typeof runRegister>[0]>) =>
  settled(
    runRegister(
      { model: "model.json", reason: "serving since 2025", ...options },
      { logger, cwd, env: {}, now: () => new Date("2026-11-20T09:00:00Z") },
    ),
  );

describe("register", () => {
  it("adopts a model by name alone into registry/ at champion; a rerun writes nothing and says so", async () => {
    const dir = await project();
    const first = await register(dir, { name: "fraud" });
    expect(first).toMatchObject({
      status: "pass",
      version: "1.0.0",
      alias: "champion",
      alreadyAdopted: false,
    });
    const registry = path.join(dir, "registry");
    const version = parse(await readFile(path.join(registry, "models/fraud/versions/1.0.0.yml"), "utf8"));
    expect(version).toMatchObject({
      artifact: { sha256: sha256Hex(MODEL), bytes: MODEL.length },
      adopted: { reason: "serving since 2025", at: "2026-11-20T09:00:00.000Z" },
    });
    expect(await readFile(path.join(registry, version.artifact.uri), "utf8")).toBe(MODEL);
    lines.length = 0;
    const again = await register(dir, { name: "fraud" });
    expect(again).toMatchObject({ status: "pass", version: "1.0.0", alreadyAdopted: true });
    expect(lines.join("\n")).toContain("already adopted: fraud 1.0.0 is at champion; nothing written");
    const log = await readAuditLog(localRegistryFiles(registry), "fraud");
    expect(log.map((r) => [r.action, r.alias])).toEqual([["adopt", "champion"]]);
    expect(log[0]!.actor).not.toBe("unknown");
  });

  it("takes the model, registry and stage from the policy: by default its last stage", async () => {
    const dir = await project();
    expect(await register(dir, { config: "promote.yml", version: "2.3.0" })).toMatchObject({
      version: "2.3.0",
      alias: "champion",
    });
    expect(await register(dir, { config: "promote.yml", stage: "challenger" })).toMatchObject({
      status: "error",
      error: { message: expect.stringMatching(/already registered as version 2\.3\.0 of "churn"/) },
    });
    const models = localRegistryFiles(path.join(dir, "models"));
    expect((await models.read("models/churn/model.yml"))?.text).toContain("champion: 2.3.0");
  });

  it("refuses an alias that holds a version unless replace is given", async () => {
    const dir = await project();
    await register(dir, { name: "fraud" });
    await writeFile(path.join(dir, "model.json"), "other bytes");
    const refused = await register(dir, { name: "fraud" });
    expect(refused.status).toBe("error");
    expect(refused.error?.message).toContain('alias champion of "fraud" already points at version 1.0.0');
    expect(await register(dir, { name: "fraud", replace: true })).toMatchObject({
      version: "1.0.1",
      previous: "1.0.0",
    });
  });

  it("names the input that is missing or wrong", async () => {
    const dir = await project();
    expect((await register(dir, { name: "fraud", reason: " " })).error?.location?.path).toBe("reason");
    expect((await register(dir, {})).error?.location?.path).toBe("name");
    expect((await register(dir, { config: "promote.yml", stage: "prod" })).error?.message).toBe(
      'unknown stage "prod"',
    );
    expect((await register(dir, { name: "fraud", model: "gone.json" })).error?.location?.path).toBe("model");
  });
});
