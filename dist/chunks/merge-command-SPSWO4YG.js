import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  buildPromptEnvelope,
  combinePairwise,
  envelopeVariant,
  lineageOf,
  loadSuite,
  readJudgeAgreementRecord,
  readShardFile,
  recordAgreement,
  redactEnvelope,
  toJUnitXml
} from "./chunk-4TEAXXL3.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-ZEAHTK5M.js";
import "./chunk-JHYWLUR6.js";
import "./chunk-VUGF5SOQ.js";
import "./chunk-TY2YMUES.js";
import "./chunk-DG7BS5UH.js";
import "./chunk-CNVH75I3.js";
import "./chunk-M4EWOKBN.js";
import {
  DEFAULT_RESULTS_DIR,
  worstStatus,
  writeEnvelope
} from "./chunk-XSUZOP4V.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-G4QNM2E2.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import {
  ConfigError
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/evaluate-llm/merge-command.ts
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function runMerge(options, io) {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const dir = path.resolve(cwd, options.shardDir || DEFAULT_SHARD_DIR);
  const names = (await readdir(dir, { recursive: true }).catch(() => [])).filter((f) => /shard-\d+-of-\d+\.json$/.test(f)).sort();
  if (names.length === 0) {
    throw new ConfigError(`no shard files in ${path.relative(cwd, dir) || dir}`, {
      location: { file: dir },
      hint: "download every shard's artifact into this directory (actions/download-artifact with merge-multiple: true)"
    });
  }
  const shards = [];
  for (const name of names) shards.push(await readShardFile(path.join(dir, name)));
  const total = shards[0]?.shard.total ?? 0;
  const indices = new Set(shards.map((s) => s.shard.index));
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !indices.has(i));
  if (shards.some((s) => s.shard.total !== total) || missing.length > 0) {
    throw new ConfigError(
      `incomplete shard set: ${missing.length > 0 ? `missing ${missing.map((i) => `${i}/${total}`).join(", ")}` : "shards of different totals"}`,
      {
        location: { file: dir },
        hint: "merge only after every matrix job has uploaded its shard"
      }
    );
  }
  const bySuite = /* @__PURE__ */ new Map();
  for (const shard of shards) {
    for (const s of shard.suites) {
      const entry = bySuite.get(s.suite) ?? { startedAt: s.startedAt, durationMs: 0, evaluations: /* @__PURE__ */ new Map() };
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
  const envelopePaths = [];
  const statuses = [];
  const all = [];
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
        agreementRecord
      });
      envelopePaths.push(
        await writeEnvelope(resultsDir, redactEnvelope(envelope), envelopeVariant(loaded.suite))
      );
      statuses.push(envelope.status);
      io.logger.info(`${evaluation.head.id}: ${envelope.status} — ${envelope.summary}`);
      if (options.recordAgreement)
        await recordAgreement(evaluation, envelope, loaded, new Date(entry.startedAt), io.logger);
    }
  }
  const result = { status: worstStatus(statuses), envelopePaths };
  if (options.junit) {
    result.junitPath = path.resolve(cwd, options.junit);
    await mkdir(path.dirname(result.junitPath), { recursive: true });
    await writeFile(result.junitPath, toJUnitXml(all));
  }
  io.logger.info(`merged ${shards.length} shards: ${all.length} results`);
  return result;
}
function mergedEvaluation(a, b) {
  const pairwise = a.pairwise && b.pairwise ? combinePairwise(a.pairwise, b.pairwise) : a.pairwise ?? b.pairwise;
  return { ...a, results: [...a.results, ...b.results], ...pairwise ? { pairwise } : {} };
}
export {
  runMerge
};
