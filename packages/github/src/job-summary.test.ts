import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SECTION_SEPARATOR } from "@mlops/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { appendJobSummary, JOB_SUMMARY_LIMIT_BYTES } from "./job-summary.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlops-summary-"));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe("appendJobSummary", () => {
  it("appends to the file named by GITHUB_STEP_SUMMARY", async () => {
    const file = join(dir, "summary.md");
    await writeFile(file, "# Earlier step output\n");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);

    const result = await appendJobSummary("## Report");

    expect(result).toEqual({ written: true, truncated: false, bytes: Buffer.byteLength("## Report\n") });
    expect(await readFile(file, "utf8")).toBe("# Earlier step output\n## Report\n");
  });

  it("keeps the whole file within 1 MiB of UTF-8, counting what is already there", async () => {
    const file = join(dir, "summary.md");
    const existing = "é".repeat(200_000); // 400,000 bytes but only 200,000 characters
    await writeFile(file, existing);
    // Multi-byte text, so a budget counted in characters would overshoot.
    const section = (i: number) => `## Part ${i}\n\n${"ü€".repeat(5_000)}\n`;
    const markdown = Array.from({ length: 60 }, (_, i) => section(i)).join(`\n${SECTION_SEPARATOR}\n`);

    const result = await appendJobSummary(markdown, { file, reportUrl: "https://example.test/report" });

    const bytes = (await readFile(file)).length;
    expect(result.truncated).toBe(true);
    expect(bytes).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
    expect(bytes).toBeGreaterThan(JOB_SUMMARY_LIMIT_BYTES - Buffer.byteLength(section(0)) - 300);
    expect(bytes).toBe(Buffer.byteLength(existing) + result.bytes);
    const appended = (await readFile(file, "utf8")).slice(existing.length);
    expect(appended).toMatch(
      /GitHub's job summary limit: \d+ of 60 sections shown\. Full report: https:\/\/example\.test\/report\n$/,
    );
  });

  it("writes nothing, without failing, when there is no summary file", async () => {
    vi.stubEnv("GITHUB_STEP_SUMMARY", "");
    expect(await appendJobSummary("## Report")).toEqual({ written: false, truncated: false, bytes: 0 });
  });

  it("takes an explicitly undefined file as no file, not as the process's own summary", async () => {
    const file = join(dir, "summary.md");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);
    const injected: NodeJS.ProcessEnv = {};
    const result = await appendJobSummary("## Report", { file: injected.GITHUB_STEP_SUMMARY });
    expect(result.written).toBe(false);
    await expect(readFile(file)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("writes nothing when the file already uses the whole budget", async () => {
    const file = join(dir, "summary.md");
    await writeFile(file, "x".repeat(1000));
    const result = await appendJobSummary("## Report\n\nmore text", { file, limitBytes: 1000 });
    expect(result).toEqual({ written: false, truncated: true, bytes: 0 });
    expect((await readFile(file)).length).toBe(1000);
  });
});
