import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createOctokit, githubContentsFiles } from "@mlops/github";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../../../test/emulators/github-api.ts";
import { verifyAuditChain } from "./audit-chain.ts";
import { appendAuditRecord, auditRecordPath, readAuditLog, servingVersion } from "./audit-log.ts";
import { type AuditRecordInput, textDigest } from "./audit-record.ts";
import { legacyAuditLogPath } from "./legacy-audit-log.ts";
import { localRegistryFiles, type RegistryFiles } from "./registry-files.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function registry() {
  const root = await mkdtemp(path.join(os.tmpdir(), "audit-"));
  dirs.push(root);
  return { root, files: localRegistryFiles(root) };
}

let n = 0;
const rec = (fields: Partial<AuditRecordInput> = {}): AuditRecordInput => ({
  id: `r${++n}`,
  at: "2025-01-01T00:00:00.000Z",
  action: "promote",
  model: "churn",
  version: "1.0.0",
  actor: "octocat",
  reason: "test",
  ...fields,
});

describe("audit log", () => {
  it("stores one file per record, numbered, each naming its predecessor's digest", async () => {
    const { root, files } = await registry();
    const first = await appendAuditRecord(files, rec({ version: "1.0.0" }));
    const second = await appendAuditRecord(files, rec({ version: "1.0.1" }));
    expect(first.prev).toBeNull();
    const firstText = await readFile(path.join(root, auditRecordPath("churn", 1)), "utf8");
    expect(auditRecordPath("churn", 1)).toBe("models/churn/audit/00000/00000001.json");
    expect(auditRecordPath("churn", 2537)).toBe("models/churn/audit/00002/00002537.json");
    expect(second.prev).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.parse(await readFile(path.join(root, auditRecordPath("churn", 2)), "utf8")).prev).toBe(
      second.prev,
    );
    expect(firstText).toContain('"version": "1.0.0"');
    expect((await readAuditLog(files, "churn")).map((r) => r.version)).toEqual(["1.0.0", "1.0.1"]);
    expect(await verifyAuditChain(files, "churn")).toEqual({ records: 2, problems: [] });
  });

  it("keeps one chain under concurrent writers: distinct numbers, nothing lost", async () => {
    const { files } = await registry();
    const ids = Array.from({ length: 12 }, (_, i) => `c${i}`);
    await Promise.all(ids.map((id) => appendAuditRecord(files, rec({ id }))));
    const log = await readAuditLog(files, "churn");
    expect(log.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(await verifyAuditChain(files, "churn")).toEqual({ records: 12, problems: [] });
  });

  it("does not append twice when its own write landed but was answered as a conflict", async () => {
    const { files } = await registry();
    const lostAnswer: RegistryFiles = {
      ...files,
      async write(file, content, options) {
        await files.write(file, content, options);
        return "conflict";
      },
    };
    await appendAuditRecord(files, rec());
    const again = await appendAuditRecord(lostAnswer, rec({ id: "once" }));
    expect(again.id).toBe("once");
    expect((await readAuditLog(files, "churn")).map((r) => r.id).filter((id) => id === "once")).toHaveLength(
      1,
    );
    expect((await verifyAuditChain(files, "churn")).problems).toEqual([]);
  });

  it("detects a tampered, a removed and a duplicated record", async () => {
    const { root, files } = await registry();
    for (let i = 0; i < 5; i++) await appendAuditRecord(files, rec({ version: `1.0.${i}` }));
    const third = path.join(root, auditRecordPath("churn", 3));
    await writeFile(third, (await readFile(third, "utf8")).replace('"1.0.2"', '"6.6.6"'));
    const tampered = await verifyAuditChain(files, "churn");
    expect(tampered.problems).toHaveLength(1);
    expect(tampered.problems[0]).toContain("00000004.json: names predecessor");
    expect(tampered.problems[0]).toContain("00000003.json hashes to");

    await rm(third);
    const removed = await verifyAuditChain(files, "churn");
    expect(removed.problems.join("\n")).toMatch(
      /00000004\.json: expected record 3 next — records are missing/,
    );

    const fourth = await readFile(path.join(root, auditRecordPath("churn", 4)), "utf8");
    await writeFile(third, fourth);
    expect((await verifyAuditChain(files, "churn")).problems.join("\n")).toMatch(/appears twice/);
  });

  it("reads a log kept in audit.jsonl, continues its chain, and never writes it again", async () => {
    const { root, files } = await registry();
    const old = [
      rec({ action: "deploy", version: "1.0.0", environment: "production", track: "blue" }),
      rec({ action: "promote", version: "1.1.0" }),
    ];
    const legacy = path.join(root, legacyAuditLogPath("churn"));
    await mkdir(path.dirname(legacy), { recursive: true });
    const text = `${old.map((r) => JSON.stringify(r)).join("\n")}\n`;
    await writeFile(legacy, text);
    expect(await servingVersion(files, "churn", "production")).toEqual({ version: "1.0.0", track: "blue" });

    const next = await appendAuditRecord(files, rec({ version: "1.1.0", action: "promote" }));
    expect(next.prev).toMatch(/^sha256:/);
    expect(next.serving).toEqual({ production: { version: "1.0.0", track: "blue" } });
    expect(await readFile(legacy, "utf8")).toBe(text);
    expect((await readAuditLog(files, "churn")).map((r) => r.id)).toEqual([...old.map((r) => r.id), next.id]);
    expect(await verifyAuditChain(files, "churn")).toEqual({ records: 3, problems: [] });

    // A line appended to the old file afterwards (an old writer) breaks the link.
    await writeFile(legacy, `${text}${JSON.stringify(rec())}\n`);
    expect((await verifyAuditChain(files, "churn")).problems[0]).toContain("audit.jsonl hashes to");
  });

  it("knows what serves from the last record: successful deploys and rollbacks that took traffic", async () => {
    const { files } = await registry();
    expect(await servingVersion(files, "churn", "production")).toBeUndefined();
    const history: Partial<AuditRecordInput>[] = [
      { action: "deploy", version: "1.0.0", track: "blue" },
      { action: "deploy", version: "1.1.0", track: "green", outcome: "failure" },
      { action: "rollback", version: "1.0.0", track: "blue" },
      { action: "deploy", version: "1.2.0", track: "shadow" },
      { action: "deploy", version: "2.0.0", environment: "staging" },
      { action: "promote", version: "1.3.0", environment: undefined },
    ];
    for (const h of history) await appendAuditRecord(files, rec({ environment: "production", ...h }));
    expect(await servingVersion(files, "churn", "production")).toEqual({ version: "1.0.0", track: "blue" });
    expect(await servingVersion(files, "churn", "staging")).toEqual({ version: "2.0.0", track: "stable" });
    expect((await verifyAuditChain(files, "churn")).problems).toEqual([]);
  });
});

describe("audit log through the GitHub contents API", () => {
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startGitHubEmulator();
    gh.addToken("ghs_audit", { login: "github-actions[bot]" });
  });
  afterAll(() => gh.close());
  const open = async (repo: string) => {
    gh.addRepo(repo);
    const [owner, name] = repo.split("/") as [string, string];
    const octokit = await createOctokit("ghs_audit", { baseUrl: gh.url });
    return githubContentsFiles(octokit, { owner, repo: name, branch: "main", root: "registry" });
  };
  const bulky = () => rec({ message: "m".repeat(40_000) });

  // The client spaces writes a second apart, as GitHub asks: a few appends make the point.
  it("keeps every record of an audit.jsonl past 1 MB when appending after it", async () => {
    const files = await open("org/legacy");
    const old = Array.from({ length: 30 }, bulky);
    const text = `${old.map((r) => JSON.stringify(r)).join("\n")}\n`;
    expect(text.length).toBeGreaterThan(1024 * 1024);
    gh.seedFiles("org/legacy", { "registry/models/churn/audit.jsonl": text });
    const added = [];
    for (let i = 0; i < 3; i++) added.push(await appendAuditRecord(files, bulky()));
    expect(gh.file("org/legacy", "registry/models/churn/audit.jsonl")?.content.toString()).toBe(text);
    expect(added[0]!.prev).toBe(textDigest(text));
    const log = await readAuditLog(files, "churn");
    expect(log.map((r) => r.id)).toEqual([...old, ...added].map((r) => r.id));
    expect(await verifyAuditChain(files, "churn")).toEqual({ records: 33, problems: [] });
  }, 30_000);

  it("appends to and answers what serves from a 5,000-record history in a handful of requests", async () => {
    const files = await open("org/long");
    const { root, files: local } = await registry();
    for (let i = 0; i < 5; i++) {
      await appendAuditRecord(
        local,
        rec({ action: "deploy", environment: "production", version: `1.0.${i}` }),
      );
    }
    const seeded: Record<string, string> = {};
    let prev = textDigest(await readFile(path.join(root, auditRecordPath("churn", 5)), "utf8"));
    const serving = { production: { version: "1.0.4", track: "stable" } };
    for (let seq = 1; seq <= 5000; seq++) {
      const file = auditRecordPath("churn", seq);
      const text =
        seq <= 5
          ? await readFile(path.join(root, file), "utf8")
          : `${JSON.stringify({ ...rec({ outcome: "success", links: {} }), prev, serving }, null, 2)}\n`;
      if (seq > 5) prev = textDigest(text);
      seeded[`registry/${file}`] = text;
    }
    gh.seedFiles("org/long", seeded);

    const before = gh.requests.length;
    const appended = await appendAuditRecord(
      files,
      rec({ action: "deploy", environment: "production", version: "2.0.0" }),
    );
    expect(gh.requests.length - before).toBeLessThanOrEqual(5);
    expect(gh.file("org/long", `registry/${auditRecordPath("churn", 5001)}`)).toBeDefined();
    expect(appended.prev).toBe(prev);

    const reads = gh.requests.length;
    expect(await servingVersion(files, "churn", "production")).toEqual({ version: "2.0.0", track: "stable" });
    expect(gh.requests.length - reads).toBeLessThanOrEqual(4);
  }, 60_000);
});
