import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  ConfigError,
  DEFAULT_RESULTS_DIR,
  type Logger,
  type Status,
  worstStatus,
  writeEnvelope,
} from "@mlops/core";
import type { CaseResult } from "@mlops/llm";
import {
  buildPromptEnvelope,
  combinePairwise,
  envelopeVariant,
  loadSuite,
  type PromptEvaluation,
  readJudgeAgreementRecord,
  readShardFile,
  type ShardFile,
  toJUnitXml,
} from "@mlops/llm";
import { DEFAULT_SHARD_DIR, lineageOf, redactEnvelope } from "./eval-command.ts";
import { recordAgreement } from "./record-agreement.ts";

/**
 * `mlops merge`: the shard files of a matrix job (`--shard i/n`) become the envelopes one unsharded run
 * would have written. Every shard of the set must be present: a missing one would silently drop cases.
 */

export interface MergeOptions {
  shardDir?: string;
  resultsDir?: string;
  junit?: string;
  /** Record each measured agreement beside its prompt, as evaluate-llm does. */
  recordAgreement?: boolean;
}

export interface MergeResult {
  status: Status;
  envelopePaths: string[];
  junitPath?: string;
}

export async function runMerge(
  options: MergeOptions,
  io: { logger: Logger; env?: NodeJS.ProcessEnv; cwd?: string },
): Promise<MergeResult> {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const dir = path.resolve(cwd, options.shardDir || DEFAULT_SHARD_DIR);
  const names = (await readdir(dir, { recursive: true }).catch(() => [] as string[]))
    .filter((f) => /shard-\d+-of-\d+\.json$/.test(f))
    .sort();
  if (names.length === 0) {
    throw new ConfigError(`no shard files in ${path.relative(cwd, dir) || dir}`, {
      location: { file: dir },
      hint: "download every shard's artifact into this directory (actions/download-artifact with merge-multiple: true)",
    });
  }
  const shards: ShardFile[] = [];
  for (const name of names) shards.push(await readShardFile(path.join(dir, name)));
  const total = shards[0]?.shard.total ?? 0;
  const indices = new Set(shards.map((s) => s.shard.index));
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !indices.has(i));
  if (shards.some((s) => s.shard.total !== total) || missing.length > 0) {
    throw new ConfigError(
      `incomplete shard set: ${missing.length > 0 ? `missing ${missing.map((i) => `${i}/${total}`).join(", ")}` : "shards of different totals"}`,
      {
        location: { file: dir },
        hint: "merge only after every matrix job has uploaded its shard",
      },
    );
  }

  const bySuite = new Map<
    string,
    { startedAt: string; durationMs: number; evaluations: Map<string, PromptEvaluation> }
  >();
  for (const shard of shards) {
    for (const s of shard.suites) {
      const entry = bySuite.get(s.suite) ?? { startedAt: s.startedAt, durationMs: 0, evaluations: new Map() };
      // ISO timestamps sort as text.
      if (s.startedAt < entry.startedAt) entry.startedAt = s.startedAt;
      entry.durationMs = Math.max(entry.durationMs, s.durationMs);
      for (const e of s.evaluations) {
        const prior = entry.evaluations.get(e.head.id);
        entry.evaluations.set(e.head.id, prior ? mergedEvaluation(prior, e) : e);
      }
      bySuite.set(s.suite, entry);
    }
  }
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  const envelopePaths: string[] = [];
  const statuses: Status[] = [];
  const all: CaseResult[] = [];
  for (const [suiteFile, entry] of bySuite) {
    const loaded = await loadSuite(path.resolve(cwd, suiteFile));
    const agreementRecord = loaded.suite.judge ? await readJudgeAgreementRecord() : {};
    for (const evaluation of entry.evaluations.values()) {
      all.push(...evaluation.results);
      const envelope = buildPromptEnvelope(evaluation, loaded.suite, {
        startedAt: new Date(entry.startedAt),
        durationMs: entry.durationMs,
        lineage: lineageOf(loaded, env),
        cases: loaded.cases,
        agreementRecord,
      });
      envelopePaths.push(
        await writeEnvelope(resultsDir, redactEnvelope(envelope), envelopeVariant(loaded.suite)),
      );
      statuses.push(envelope.status);
      io.logger.info(`${evaluation.head.id}: ${envelope.status} — ${envelope.summary}`);
      if (options.recordAgreement)
        await recordAgreement(evaluation, envelope, loaded, new Date(entry.startedAt), io.logger);
    }
  }
  const result: MergeResult = { status: worstStatus(statuses), envelopePaths };
  if (options.junit) {
    result.junitPath = path.resolve(cwd, options.junit);
    await mkdir(path.dirname(result.junitPath), { recursive: true });
    await writeFile(result.junitPath, toJUnitXml(all));
  }
  io.logger.info(`merged ${shards.length} shards: ${all.length} results`);
  return result;
}

/** One prompt's evaluation from two shards: the results of both, and their pairwise judgements added up. */
function mergedEvaluation(a: PromptEvaluation, b: PromptEvaluation): PromptEvaluation {
  const pairwise =
    a.pairwise && b.pairwise ? combinePairwise(a.pairwise, b.pairwise) : (a.pairwise ?? b.pairwise);
  return { ...a, results: [...a.results, ...b.results], ...(pairwise ? { pairwise } : {}) };
}
