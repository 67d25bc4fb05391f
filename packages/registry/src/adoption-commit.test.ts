import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, sha256Hex } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { type AdoptionRequest, commitAdoption } from "./adoption-commit.ts";
import { verifyAuditChain } from "./audit-chain.ts";
import { readAuditLog } from "./audit-log.ts";
import { commitPromotion } from "./promotion-commit.ts";
import { localRegistryFiles } from "./registry-files.ts";
import { readVersionRecord } from "./registry-writer.ts";

const AT = new Date("2026-11-23T10:00:00Z");

function adoption(bytes: string, fields: Partial<AdoptionRequest> = {}): AdoptionRequest {
  const sha256 = sha256Hex(bytes);
  const file = `artifacts/churn/sha256-${sha256}/model.json`;
  return {
    model: "churn",
    alias: "champion",
    artifact: { uri: file, sha256, bytes: bytes.length },
    stored: { file, bytes: Buffer.from(bytes) },
    reason: "serving since 2025",
    at: AT,
    replace: false,
    actor: "ana",
    links: {},
    message: "adopt",
    ...fields,
  };
}

const scratch = async () => localRegistryFiles(await mkdtemp(path.join(tmpdir(), "adoption-commit-")));

describe("commitAdoption", () => {
  it("writes the artifact, an adopted version, the alias and an adopt record in one change", async () => {
    const files = await scratch();
    const outcome = await commitAdoption(files, adoption("a"));
    expect(outcome).toMatchObject({ version: "1.0.0", previous: undefined, landed: "now" });
    expect(outcome.after).toEqual({ champion: "1.0.0" });
    const version = await readVersionRecord(files, "churn", "1.0.0");
    expect(version?.record.adopted).toEqual({ reason: "serving since 2025", at: AT.toISOString() });
    expect(version?.record.evidence).toBeUndefined();
    expect((await files.read(`artifacts/churn/sha256-${sha256Hex("a")}/model.json`))?.text).toBe("a");
    const log = await readAuditLog(files, "churn");
    expect(log.map((r) => [r.action, r.version, r.alias, r.actor, r.previous])).toEqual([
      ["adopt", "1.0.0", "champion", "ana", null],
    ]);
    expect(log[0]!.message).toContain("predates the gates");
    expect((await verifyAuditChain(files, "churn")).problems).toEqual([]);
  });

  it("writes nothing when the same artifact was adopted at the alias before", async () => {
    const files = await scratch();
    await commitAdoption(files, adoption("a", { version: "3.1.0" }));
    const again = await commitAdoption(files, adoption("a", { version: "3.1.0" }));
    expect(again).toMatchObject({ version: "3.1.0", landed: "already", audit: undefined });
    expect(await readAuditLog(files, "churn")).toHaveLength(1);
  });

  it("refuses a digest that is registered already, naming the version", async () => {
    const files = await scratch();
    const sha256 = sha256Hex("a");
    await commitPromotion(files, {
      id: "p",
      model: "churn",
      alias: "challenger",
      register: { model: "churn", artifact: { uri: "x", sha256 }, createdAt: AT },
      check: () => {},
      audit: { at: AT.toISOString(), actor: "ci", reason: "gates passed" },
      message: "promote",
    });
    const refused = commitAdoption(files, adoption("a"));
    await expect(refused).rejects.toThrow(ConfigError);
    await expect(refused).rejects.toThrow(/already registered as version 1\.0\.0/);
  });

  it("refuses an alias that points at a version unless replace is given, then records what it replaced", async () => {
    const files = await scratch();
    await commitAdoption(files, adoption("a"));
    await expect(commitAdoption(files, adoption("b"))).rejects.toThrow(
      /alias champion of "churn" already points at version 1\.0\.0/,
    );
    const replaced = await commitAdoption(files, adoption("b", { replace: true }));
    expect(replaced).toMatchObject({ version: "1.0.1", previous: "1.0.0", landed: "now" });
    expect((await readAuditLog(files, "churn")).map((r) => [r.version, r.previous])).toEqual([
      ["1.0.0", null],
      ["1.0.1", "1.0.0"],
    ]);
  });
});
