import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CANARIES } from "./credential-canaries.ts";
import type { Envelope } from "./envelope.ts";
import {
  collectEnvelopes,
  MAX_RESULT_FILE_BYTES,
  readEnvelopeFile,
  readEnvelopes,
  writeEnvelope,
} from "./envelope-io.ts";
import { ConfigError, formatError } from "./errors.ts";

export function sampleEnvelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    schemaVersion: 1,
    kind: "backtest",
    subject: { type: "model", name: "churn", version: "1.2.0" },
    status: "pass",
    startedAt: "2026-11-23T10:00:00.000Z",
    durationMs: 1200,
    metrics: { accuracy: { value: 0.91, greaterIsBetter: true } },
    checks: [],
    artifacts: [],
    lineage: { gitSha: "abc123" },
    ...overrides,
  };
}

describe("envelope files", () => {
  it("round-trips through a results directory", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    const file = await writeEnvelope(dir, sampleEnvelope());
    expect(path.basename(file)).toBe("backtest--churn.json");
    const { envelopes, files } = await readEnvelopes(dir);
    expect(files).toEqual([file]);
    expect(envelopes[0]?.metrics.accuracy?.value).toBe(0.91);
  });

  it("keeps one result per variant (stage, environment) and replaces a rerun's own", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    const promotion = (summary: string) =>
      sampleEnvelope({ kind: "promotion", summary, subject: { type: "model", name: "churn" } });
    await writeEnvelope(dir, promotion("staging"), { variant: "staging" });
    await writeEnvelope(dir, promotion("production, first try"), { variant: "production" });
    await writeEnvelope(dir, promotion("production, rerun"), { variant: "production" });
    const { files, envelopes } = await readEnvelopes(dir);
    expect(files.map((f) => path.basename(f))).toEqual([
      "promotion--churn--production.json",
      "promotion--churn--staging.json",
    ]);
    expect(envelopes.map((e) => e.summary)).toEqual(["production, rerun", "staging"]);
  });

  it("refuses to write an invalid envelope", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    await expect(writeEnvelope(dir, sampleEnvelope({ status: "ok" as never }))).rejects.toThrow();
  });

  it("names the file, line and field of an invalid results file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    const file = path.join(dir, "bad.json");
    const text = JSON.stringify(sampleEnvelope(), null, 2).replace('"status": "pass"', '"status": "passed"');
    await writeFile(file, text);
    const err = await readEnvelopeFile(file).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const msg = formatError(err);
    expect(msg).toContain(`${file}:`);
    expect(msg).toContain("(status)");
    expect(msg).toContain('found string "passed"');
    expect(msg).not.toMatch(/\n\s+at /);
  });

  it("refuses a results file over the size limit unread, naming the file and the limit", async () => {
    expect(MAX_RESULT_FILE_BYTES).toBe(50 * 1024 * 1024);
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    const file = await writeEnvelope(dir, sampleEnvelope({ summary: "x".repeat(3 * 1024 * 1024) }));
    const err = await readEnvelopeFile(file, { maxBytes: 2 * 1024 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const message = formatError(err);
    expect(message).toMatch(
      /^\S+backtest--churn\.json: results file is larger than the 2 MB limit \(314\d{4} bytes\)\n {2}hint: /,
    );
    expect((await readEnvelopeFile(file)).summary).toHaveLength(3 * 1024 * 1024);
  });

  it("collects every readable envelope and the problem of each other file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    await writeEnvelope(dir, sampleEnvelope());
    await writeFile(path.join(dir, "broken.json"), "{ not json");
    await writeFile(path.join(dir, "big.json"), " ".repeat(2048));
    await mkdir(path.join(dir, "folder.json"));
    const { files, envelopes, problems } = await collectEnvelopes(dir, { maxBytes: 1024 });
    expect(files.map((f) => path.basename(f))).toEqual(["backtest--churn.json"]);
    expect(envelopes.map((e) => e.kind)).toEqual(["backtest"]);
    expect(problems.map((p) => [path.basename(p.location!.file), p.message.split(":")[0]])).toEqual([
      ["big.json", "results file is larger than the 1 KB limit (2048 bytes)"],
      ["broken.json", "invalid results file"],
      ["folder.json", "results path is not a file"],
    ]);
    await expect(readEnvelopes(dir)).rejects.toThrow(ConfigError);
  });

  it("does not open a file the caller refuses, and reports it as that file's problem", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    const kept = await writeEnvelope(dir, sampleEnvelope());
    await writeFile(path.join(dir, "elsewhere.json"), "OUTSIDE CONTENT");
    const refuse = async (file: string) =>
      path.basename(file) === "elsewhere.json"
        ? new ConfigError("leads outside the workspace", { location: { file } })
        : undefined;
    const { files, problems } = await collectEnvelopes(dir, { refuse });
    expect(files).toEqual([kept]);
    expect(problems.map((p) => formatError(p))).toEqual([
      `${path.join(dir, "elsewhere.json")}: leads outside the workspace`,
    ]);
  });

  it("reads by glob and treats a missing directory as no results", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    await writeEnvelope(dir, sampleEnvelope());
    await writeEnvelope(
      dir,
      sampleEnvelope({ kind: "data-validation", subject: { type: "dataset", name: "d" } }),
    );
    const { envelopes } = await readEnvelopes("data-*.json", { cwd: dir });
    expect(envelopes.map((e) => e.kind)).toEqual(["data-validation"]);
    expect((await readEnvelopes(path.join(dir, "nope"))).envelopes).toEqual([]);
    expect(JSON.parse(await readFile(path.join(dir, "backtest--churn.json"), "utf8")).kind).toBe("backtest");
  });

  it("writes no credential of any shape, wherever in the envelope it sits, and keeps digests", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    const hex = "ab12".repeat(16);
    const envelope = sampleEnvelope({
      subject: { type: "model", name: "churn", digest: `sha256:${hex}` },
      summary: CANARIES.map((c) => c.text).join("\n"),
      checks: CANARIES.map((c, i) => ({
        id: `leak:${i}`,
        title: c.kind,
        status: "fail",
        severity: "fail",
        message: c.text,
      })),
      artifacts: [{ name: "model", path: "model.pkl", sha256: hex }],
    });
    const text = await readFile(await writeEnvelope(dir, envelope), "utf8");
    for (const { secret } of CANARIES) expect(text).not.toContain(secret);
    expect(JSON.parse(text).subject.digest).toBe(`sha256:${hex}`);
    expect(JSON.parse(text).artifacts[0].sha256).toBe(hex);
    expect(JSON.parse(text).checks).toHaveLength(CANARIES.length);
  });

  it("redacts again what it reads, for files written by a process that knew no secrets", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "env-"));
    const file = path.join(dir, "backtest--churn.json");
    await writeFile(file, JSON.stringify(sampleEnvelope({ summary: CANARIES.map((c) => c.text).join(" ") })));
    const read = JSON.stringify(await readEnvelopeFile(file));
    for (const { secret } of CANARIES) expect(read).not.toContain(secret);
  });
});
