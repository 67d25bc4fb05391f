import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, sha256Hex } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "./audit-chain.ts";
import { readAuditLog } from "./audit-log.ts";
import { commitPromotion, type PromotionRequest } from "./promotion-commit.ts";
import { localRegistryFiles } from "./registry-files.ts";

const NOW = new Date("2026-11-23T10:00:00Z");

function firstStage(bytes: string, id: string): PromotionRequest {
  const sha256 = sha256Hex(bytes);
  const file = `artifacts/churn/sha256-${sha256}/model.json`;
  return {
    id,
    model: "churn",
    alias: "challenger",
    register: {
      model: "churn",
      artifact: { uri: file, sha256 },
      createdAt: NOW,
      stored: { file, bytes: Buffer.from(bytes) },
    },
    check: () => {},
    audit: {
      at: NOW.toISOString(),
      actor: "ci",
      reason: "better",
      digest: `sha256:${sha256}`,
      stage: "staging",
    },
    message: "promote",
  };
}

async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(root, file)] = await readFile(file, "utf8");
  }
  return out;
}

describe("commitPromotion", () => {
  it("stores, registers, moves the alias and appends two chained records with a receipt, in one change", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "promotion-commit-"));
    const files = localRegistryFiles(root);
    await commitPromotion(files, firstStage("a", "p-a"));
    const outcome = await commitPromotion(files, firstStage("b", "p-b"));
    expect(outcome).toMatchObject({ version: "1.0.1", previous: "1.0.0", landed: "now" });
    expect(outcome.audits.map((a) => [a.id, a.action, a.previous])).toEqual([
      ["p-b:register", "register", undefined],
      ["p-b:promote", "promote", "1.0.0"],
    ]);
    expect((await files.read("models/churn/model.yml"))?.text).toContain("challenger: 1.0.1");
    expect(await files.read(`artifacts/churn/sha256-${sha256Hex("b")}/model.json`)).toMatchObject({
      text: "b",
    });
    expect(JSON.parse((await files.read("models/churn/promotions/p-b.json"))!.text)).toMatchObject({
      version: "1.0.1",
      previous: "1.0.0",
    });
    expect(await verifyAuditChain(files, "churn")).toEqual({ records: 4, problems: [] });
  });

  it("a rerun finds its receipt, and another run of a promotion already in place finds the alias: neither writes", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "promotion-commit-"));
    const files = localRegistryFiles(root);
    const first = await commitPromotion(files, firstStage("a", "p-1"));
    const before = await snapshot(root);
    const rerun = await commitPromotion(files, firstStage("a", "p-1"));
    expect(rerun).toMatchObject({ version: "1.0.0", landed: "earlier", audits: first.audits });
    const attempt2 = await commitPromotion(files, firstStage("a", "p-2"));
    expect(attempt2).toMatchObject({ version: "1.0.0", landed: "already", audits: [] });
    expect(await snapshot(root)).toEqual(before);
    expect(await readAuditLog(files, "churn")).toHaveLength(2);
  });

  it("refuses on the base it decides on, writing nothing", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "promotion-commit-"));
    const files = localRegistryFiles(root);
    await commitPromotion(files, firstStage("a", "p-1"));
    const before = await snapshot(root);
    const refused = commitPromotion(files, {
      ...firstStage("b", "p-2"),
      check: () => {
        throw new ConfigError("left the stage", { location: { file: "model.yml" } });
      },
    });
    await expect(refused).rejects.toThrow("left the stage");
    const taken = firstStage("c", "p-3");
    taken.register!.version = "1.0.0";
    await expect(commitPromotion(files, taken)).rejects.toThrow(/already exists with another artifact/);
    expect(await snapshot(root)).toEqual(before);
  });
});
