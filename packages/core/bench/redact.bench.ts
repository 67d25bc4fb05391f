/**
 * `redact` throughput on a 1 MB result envelope (checks with digests, messages and metrics, as the
 * actions write them), with a handful of registered secrets. `redact` runs on every log line and every
 * envelope written or read, so it has to stay in the low milliseconds per megabyte.
 * Run with `node packages/core/bench/redact.bench.ts` (Node 24 runs TypeScript directly).
 */
import { createHash } from "node:crypto";
import { redact, registerSecret } from "../src/secrets.ts";

const checks = [];
for (let i = 0; checks.length === 0 || JSON.stringify(checks, null, 2).length < 1_000_000; i++) {
  checks.push({
    id: `column:feature_${i}:null-rate`,
    title: `feature_${i} null rate within bounds`,
    status: i % 7 === 0 ? "fail" : "pass",
    severity: "fail",
    message: `null rate 0.0${i % 10} is below 0.05 in data/train-${i % 4}.csv (rows 1–100000); see https://example.com/runs/${i}`,
    observed: { value: i / 1000, tokens: i, ci: [0.01, 0.02] },
    digest: `sha256:${createHash("sha256").update(String(i)).digest("hex")}`,
    location: { file: `contracts/train-${i % 4}.yml`, line: i % 300, column: 3 },
  });
}
const text = JSON.stringify({ schema: "mlops.result/v1", checks }, null, 2);
for (const s of ["ghs_registeredSecret0123456789", "hunter2-registered", "s3cr3t-value-xyz"])
  registerSecret(s);

const runs = 20;
redact(text);
const started = performance.now();
for (let i = 0; i < runs; i++) redact(text);
const ms = (performance.now() - started) / runs;
console.log(
  `redact: ${(text.length / 1e6).toFixed(2)} MB JSON in ${ms.toFixed(1)} ms (${(text.length / 1e6 / (ms / 1000)).toFixed(0)} MB/s), output ${redact(text) === text ? "unchanged" : "CHANGED"}`,
);
