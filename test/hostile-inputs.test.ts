/**
 * Hostile and malformed inputs, each run through the runner exactly as the CLI runs a command: every
 * one must end in a failed result and one located message, never an engine message, a stack trace, a
 * secret or the contents of a file outside the workspace.
 */
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import type http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type AnyCommandSpec,
  deploy,
  evaluateBias,
  evaluateLlm,
  evaluateRobustness,
  type InputSurface,
  inferContract,
  merge,
  promote,
  report,
  runCommand,
  trainValidate,
  validateData,
} from "@mlops/commands";
import { createLogger, registerSecret } from "@mlops/core";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoopbackServer, listenOnLoopback } from "./emulators/loopback.ts";

const CANARY = "sk-hostile-canary-7f3a9c2e51d04b8a";
const OUTSIDE_CONTENT = "OUTSIDE-FILE-CONTENT-b81f2d";
registerSecret(CANARY);

/** An HTML page where JSON was expected, echoing the request's headers as a careless proxy does. */
let portal: LoopbackServer;
beforeAll(async () => {
  portal = await listenOnLoopback(async (req: http.IncomingMessage, res: http.ServerResponse) => {
    req.resume();
    res.writeHead(200, { "content-type": "text/html" });
    res.end(
      `<!DOCTYPE html>\n<title>\u001b[31mSign in</title><pre>${JSON.stringify(req.headers)}</pre>`.padEnd(
        4000,
      ),
    );
  });
});
afterAll(() => portal.close());

type Files = Record<string, string | Uint8Array>;

interface Row {
  name: string;
  command: AnyCommandSpec;
  inputs: Record<string, string>;
  files: Files | ((portalUrl: string) => Files);
  /** Symlinks to make: workspace path → path in the outside folder. */
  links?: Record<string, string>;
  /** Commands that must succeed first, to set the stage (a promoted version to deploy). */
  before?: { command: AnyCommandSpec; inputs: Record<string, string> }[];
  /** Runs as in a workflow, where paths are confined to the workspace. */
  workflow?: boolean;
  exit: number;
  message: RegExp;
  /** The status of the result written (default `error`); bad data is a failed check, not an error. */
  status?: "error" | "fail";
}

const BOMB = [
  "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
  ...["ab", "bc", "cd", "de", "ef", "fg", "gh"].map(
    ([p, n]) => `${n}: &${n} [${Array(9).fill(`*${p}`).join(", ")}]`,
  ),
].join("\n");
const DEEP_JSON = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
const DEEP_YAML = `name: x\nrules: ${"[".repeat(300)}${"]".repeat(300)}\n`;
const CSV = "id,x,label\n1,0.5,1\n2,0.1,0\n3,0.9,1\n";
const PROMPT = '---\nversion: "1.0.0"\n---\n{{> tone}}Hello {{customer}}';
const CASES = '{"id": "a", "customer": "Acme"}\n';
const suite = (provider: string) =>
  `prompts: [hello.prompt]\nprompts_dir: ../prompts\nproviders:\n  - ${provider}\ndatasets: [cases.jsonl]\n`;
const LLM_FILES: Files = {
  "evals/s.yaml": suite("model: gpt-4o-mini"),
  "evals/cases.jsonl": CASES,
  "prompts/hello.prompt": PROMPT,
  "prompts/_tone.prompt": "Be kind. ",
};
const LLM_INPUTS = { suites: "evals/s.yaml", "only-changed": "false", cache: "off" };
const shardFiles = (text: string): Files => ({ ".mlops/llm-shards/shard-1-of-1.json": text, ...LLM_FILES });
const SHARD = {
  shard: { index: 1, total: 1 },
  suites: [{ suite: "evals/s.yaml", startedAt: "2026-01-01T00:00:00Z", durationMs: 1, evaluations: [] }],
};
const EVIDENCE = {
  schemaVersion: 1,
  kind: "backtest",
  subject: {
    type: "model",
    name: "churn",
    digest: "sha256:080a9ed428559ef602668b4c00f114f1a11c3f6b02a435f0bdc154578e4d7f22",
  },
  status: "pass",
  startedAt: "2026-11-23T10:00:00.000Z",
  durationMs: 1,
  metrics: {},
  checks: [{ id: "gate:auc", title: "auc", status: "pass", severity: "fail", gate: true }],
  artifacts: [],
  lineage: {},
};
const DEPLOY_FILES: Files = {
  "model.json": "[1]",
  "evidence/b.json": JSON.stringify(EVIDENCE),
  "promote.yml": "model: churn\nregistry: registry\nstages:\n  - name: production\n    alias: champion\n",
  "deploy.yml": [
    "model: churn",
    "registry: registry",
    "strategy: { type: rolling }",
    "templates: templates",
    "route: { name: churn, gateway: public }",
    "apply: node -e 0 {manifests}",
    "health: { command: node -e 0, timeout: 2s, interval: 50ms }",
  ].join("\n"),
};
const TRAIN_CONFIG = [
  "model: churn",
  "task: classification",
  "challenger: {model: model.json}",
  "data: {path: data.csv, label: label}",
  "scorer:",
  "  type: command",
  "  command: node score.js {input} {output}",
  "  timeout: 1m",
  "backtest: {primary_metric: roc_auc}",
].join("\n");
/** Writes a probability of 0.5 for every row it is given. */
const SCORER = [
  'const fs = require("node:fs");',
  "const [input, output] = process.argv.slice(2);",
  'const n = fs.readFileSync(input, "utf8").trim().split("\\n").length - 1;',
  'fs.writeFileSync(output, "prediction\\n" + "0.5\\n".repeat(n));',
].join("\n");
/** A predict command that exits on a missing value, as many models do. */
const ROBUSTNESS_SCORER = [
  'const fs = require("node:fs");',
  "const [input, output] = process.argv.slice(2);",
  'const rows = fs.readFileSync(input, "utf8").trim().split("\\n").slice(1);',
  'if (rows.some((r) => r.split(",").includes(""))) { console.error("NaN in input"); process.exit(2); }',
  'fs.writeFileSync(output, "probability\\n" + rows.map((r) => (Number(r.split(",")[0]) > 30 ? 0.9 : 0.1)).join("\\n") + "\\n");',
].join("\n");
/** Promote writes the registry files itself, as a workflow without a token for the API would. */
const PROMOTE_LOCALLY = {
  config: "promote.yml",
  model: "model.json",
  evidence: "evidence",
  "registry-writes": "local",
};
const envelope = (text: string): Files => ({ ".mlops/results/bad.json": text });

/** 120 rows in three groups whose names are hostile; `badLabel` replaces the last label. */
function biasData(badLabel: string): string {
  const groups = ['"<img src=x onerror=alert(1)>"', '"**bold** | @admin"', '"\n::error::forged"'];
  const lines = Array.from(
    { length: 120 },
    (_, i) => `${groups[i % 3]},${i},${i === 119 && badLabel ? badLabel : i % 2}`,
  );
  return `group,x,label\n${lines.join("\n")}\n`;
}

const rows: Row[] = [
  // YAML alias bombs in every kind of file a command reads.
  ...(
    [
      [validateData, { data: "data.csv", contract: "contract.yml" }, "contract.yml"],
      [trainValidate, { config: "train-validate.yml" }, "train-validate.yml"],
      [promote, { config: "promote.yml" }, "promote.yml"],
      [evaluateLlm, LLM_INPUTS, "evals/s.yaml"],
      [report, { results: ".mlops/results", comment: "false", artifact: "false" }, ".mlops/results/r.json"],
      [merge, {}, ".mlops/llm-shards/shard-1-of-1.json"],
    ] as const
  ).flatMap(([command, inputs, file]): Row[] => [
    {
      name: `${command.name}: a YAML alias bomb in ${file}`,
      command,
      inputs,
      files: { "data.csv": CSV, ...(command === evaluateLlm ? LLM_FILES : {}), [file]: `${BOMB}\n` },
      exit: 1,
      message: new RegExp(`${escapeRegExp(file)}:\\d+:\\d+: .*YAML aliases expand to more than 100 copies`),
    },
    {
      name: `${command.name}: 100,000 levels of [ in ${file}`,
      command,
      inputs,
      files: { "data.csv": CSV, ...(command === evaluateLlm ? LLM_FILES : {}), [file]: DEEP_JSON },
      exit: 1,
      message: new RegExp(`${escapeRegExp(file)}:1:\\d+: .*nested more than 100 levels deep`),
    },
  ]),
  {
    name: "validate-data: 300 levels of flow nesting in a contract",
    command: validateData,
    inputs: { data: "data.csv", contract: "contract.yml" },
    files: { "data.csv": CSV, "contract.yml": DEEP_YAML },
    exit: 1,
    message: /contract\.yml:2:\d+: nested more than 100 levels deep/,
  },
  // Prompt partials that include themselves.
  {
    name: "evaluate-llm: a partial that includes itself",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: { ...LLM_FILES, "prompts/_tone.prompt": "Be kind.\n{{> tone}}" },
    exit: 1,
    message: /prompts\/_tone\.prompt:2: the partial "tone" includes itself: "tone" → "tone"/,
  },
  {
    name: "evaluate-llm: partials that include each other",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: {
      ...LLM_FILES,
      "prompts/_tone.prompt": "Be {{> manner}}",
      "prompts/_manner.prompt": "kind {{#if x}}{{> tone}}{{/if}}",
    },
    exit: 1,
    message: /prompts\/_(manner|tone)\.prompt:1: the partial "\w+" includes itself: "\w+" → "\w+" → "\w+"/,
  },
  // Shard files that are not what evaluate-llm writes.
  ...(
    [
      [
        "not JSON",
        "{ this is not json",
        /shard-1-of-1\.json:\d+:\d+: invalid shard file: not valid YAML\/JSON/,
      ],
      [
        "a list",
        "[1, 2, 3]",
        /shard-1-of-1\.json:1:1: invalid shard file: expected object, found a list of 3/,
      ],
      ["empty", "", /shard-1-of-1\.json.*: invalid shard file: .*shard/],
      ["null", "null", /shard-1-of-1\.json:1:1 \(shard\): invalid shard file: missing required key "shard"/],
      [
        "an index past the total",
        JSON.stringify({ ...SHARD, shard: { index: 2, total: 1 } }, null, 2),
        /shard-1-of-1\.json:3:\d+ \(shard\.index\): invalid shard file: index must not exceed total/,
      ],
      [
        "suites as a string",
        JSON.stringify({ ...SHARD, suites: "all" }, null, 2),
        /shard-1-of-1\.json:6:\d+ \(suites\): invalid shard file: expected array, found string "all"/,
      ],
      [
        "an evaluation without results",
        JSON.stringify(
          {
            ...SHARD,
            suites: [{ ...SHARD.suites[0], evaluations: [{ head: { id: "p", version: "1" }, lint: [] }] }],
          },
          null,
          2,
        ),
        /\(suites\[0\]\.evaluations\[0\]\.results\): invalid shard file: missing required key "results"/,
      ],
      [
        "a __proto__ key",
        '{"__proto__": {"polluted": true}, "shard": {"index": 1, "total": 1}}',
        /shard-1-of-1\.json:\d+:\d+ \(suites\): invalid shard file: missing required key "suites"/,
      ],
    ] as const
  ).map(
    ([what, text, message]): Row => ({
      name: `merge: a shard file that is ${what}`,
      command: merge,
      inputs: {},
      files: shardFiles(text),
      exit: 1,
      message,
    }),
  ),
  // An HTML page where a model server or an OpenAI-compatible endpoint should answer JSON.
  {
    name: "evaluate-llm: an OpenAI-compatible endpoint answers HTML",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: (url) => ({
      ...LLM_FILES,
      "evals/s.yaml": suite(`{type: openai-compatible, model: m, base_url: "${url}/v1", max_retries: 0}`),
    }),
    exit: 1,
    message:
      /\/v1\/chat\/completions answered HTTP 200 \(text\/html\), not JSON: "<!DOCTYPE html> <title> \[31mSign in/,
  },
  {
    name: "train-validate: a model server answers HTML, echoing an expanded secret header",
    command: trainValidate,
    inputs: { config: "train-validate.yml" },
    files: (url) => ({
      "data.csv": CSV,
      "train-validate.yml": [
        "model: churn",
        "task: classification",
        "data: {path: data.csv, label: label}",
        `scorer: {type: http, url: "${url}", retries: 0, headers: {authorization: "Bearer \${MLOPS_HOSTILE_TOKEN}"}}`,
        "backtest: {primary_metric: roc_auc}",
      ].join("\n"),
    }),
    exit: 1,
    message:
      /model server http:\/\/127\.0\.0\.1:\d+\S* \(rows 1–3\): HTTP 200 answered text\/html, not JSON: "<!DOCTYPE html> <title> \[31mSign in/,
  },
  // Manifest templates that name what every object inherits, or nothing at all.
  ...["constructor", "__proto__", "toString", "modle"].map(
    (name): Row => ({
      name: `deploy: a manifest template naming {{ ${name} }}`,
      command: deploy,
      inputs: { config: "deploy.yml", "model-version": "1.0.0" },
      files: {
        ...DEPLOY_FILES,
        "templates/deployment.yaml": `kind: Deployment\nmetadata:\n  name: {{ name }}\n  labels: { v: "{{ ${name} }}" }\n`,
      },
      before: [
        { command: promote, inputs: { config: "promote.yml", model: "model.json", evidence: "evidence" } },
      ],
      exit: 1,
      message: new RegExp(
        `templates/deployment\\.yaml:4:17 \\(\\{\\{ ${name} \\}\\}\\): unknown template variable "${name}"`,
      ),
    }),
  ),
  // Results files a later job renders.
  ...(
    [
      ["a list", "[]", /bad\.json:1:1: invalid results file: expected object/],
      [
        "truncated JSON",
        '{"kind": "backtest", "subject": {',
        /bad\.json:\d+:\d+: invalid results file: not valid YAML\/JSON/,
      ],
      [
        "a missing kind",
        '{"subject": {"type": "model", "name": "m"}}',
        /bad\.json:1:1 \(schemaVersion\): invalid results file: expected one of 1, found nothing/,
      ],
    ] as const
  ).map(
    ([what, text, message]): Row => ({
      name: `report: a results file that is ${what}`,
      command: report,
      inputs: { results: ".mlops/results", comment: "false", artifact: "false" },
      files: envelope(text),
      exit: 1,
      message,
    }),
  ),
  // Bad inputs and files the commands already refuse.
  {
    name: "validate-data: a data file that does not exist",
    command: validateData,
    inputs: { data: "missing.csv" },
    files: {},
    exit: 1,
    message: /missing\.csv/,
  },
  {
    name: "validate-data: a directory given as the data file",
    command: validateData,
    inputs: { data: "data" },
    files: { "data/a.csv": CSV },
    exit: 1,
    message: /data\b.*(director|not a file)/i,
  },
  {
    name: "validate-data: an unknown key in the contract",
    command: validateData,
    inputs: { data: "data.csv", contract: "contract.yml" },
    files: { "data.csv": CSV, "contract.yml": "name: x\ncolumnz: {}\n" },
    exit: 1,
    message: /contract\.yml:2:1 \(columnz\): unknown key "columnz"/,
  },
  {
    name: "validate-data: a contract that is not YAML",
    command: validateData,
    inputs: { data: "data.csv", contract: "contract.yml" },
    files: { "data.csv": CSV, "contract.yml": "name: [unclosed\n" },
    exit: 1,
    message: /contract\.yml:\d+:\d+: not valid YAML\/JSON/,
  },
  {
    name: "validate-data: a duplicate key in the contract",
    command: validateData,
    inputs: { data: "data.csv", contract: "contract.yml" },
    files: { "data.csv": CSV, "contract.yml": "name: a\nname: b\n" },
    exit: 1,
    message: /contract\.yml:2:1: not valid YAML\/JSON: Map keys must be unique/,
  },
  {
    name: "validate-data: a fail-on that is not a choice",
    command: validateData,
    inputs: { data: "data.csv", "fail-on": "sometimes" },
    files: { "data.csv": CSV },
    exit: 1,
    message: /--fail-on must be one of fail, warn, never; found "sometimes"/,
  },
  {
    name: "infer-contract: min-rows that is not a whole number",
    command: inferContract,
    inputs: { data: "data.csv", "min-rows": "0x10" },
    files: { "data.csv": CSV },
    exit: 1,
    message: /--min-rows must be a whole number/,
  },
  {
    name: "infer-contract: a range margin that is not a share",
    command: inferContract,
    inputs: { data: "data.csv", "range-margin": "-5%" },
    files: { "data.csv": CSV },
    exit: 1,
    message: /--range-margin must be a share such as 0\.1 or 10%; found "-5%"/,
  },
  {
    name: "evaluate-llm: a shard past the total",
    command: evaluateLlm,
    inputs: { ...LLM_INPUTS, shard: "3/2" },
    files: LLM_FILES,
    exit: 1,
    message: /\(shard\): shard must look like 2\/4 \(index\/total, 1 ≤ index ≤ total\); found "3\/2"/,
  },
  {
    name: "evaluate-llm: a cache mode that is not a choice",
    command: evaluateLlm,
    inputs: { ...LLM_INPUTS, cache: "maybe" },
    files: LLM_FILES,
    exit: 1,
    message: /--cache must be one of use, refresh, off; found "maybe"/,
  },
  {
    name: "evaluate-llm: a partial that does not exist",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: { ...LLM_FILES, "prompts/hello.prompt": PROMPT.replace("tone", "tones") },
    exit: 1,
    message: /prompts\/hello\.prompt:4: prompt "hello" uses the partial "tones", which does not exist/,
  },
  {
    name: "evaluate-llm: a dataset line that is not JSON",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: { ...LLM_FILES, "evals/cases.jsonl": `${CASES}{"id": "b", \n` },
    exit: 1,
    message: /cases\.jsonl:2\b/,
  },
  {
    name: "merge: no shard files",
    command: merge,
    inputs: {},
    files: {},
    exit: 1,
    message: /no shard files in \.mlops\/llm-shards/,
  },
  {
    name: "promote: a config that does not exist",
    command: promote,
    inputs: { config: "nowhere.yml" },
    files: {},
    exit: 1,
    message: /nowhere\.yml: file not found/,
  },
  // More of every command's bad inputs: missing files, refused settings, and output that must stay inert.
  ...(
    [
      [
        "a reference file that does not exist",
        { data: "data.csv", reference: "ref.csv" },
        { "data.csv": CSV },
        /ref\.csv: data file not found/,
      ],
      [
        "a contract regex with a backreference",
        { data: "data.csv", contract: "contract.yml" },
        { "data.csv": CSV, "contract.yml": 'name: x\ncolumns:\n  x: {type: string, regex: "(a)\\\\1"}\n' },
        /contract\.yml:3:\d+ \(columns\.x\.regex\): invalid regular expression/,
      ],
      [
        "an unknown column type",
        { data: "data.csv", contract: "contract.yml" },
        { "data.csv": CSV, "contract.yml": "name: x\ncolumns:\n  x: {type: numbr}\n" },
        /contract\.yml:3:\d+ \(columns\.x\.type\)[\s\S]*number/,
      ],
      [
        "a field longer than the contract's limit",
        { data: "data.csv", contract: "contract.yml" },
        {
          "data.csv": `id,x,label\n1,${"9".repeat(5000)},1\n`,
          "contract.yml": "name: x\nlimits: {maxFieldBytes: 1024}\ncolumns:\n  x: {type: number}\n",
        },
        /data\.csv:2\b.*field.*1 KiB/i,
      ],
      ["a header and no rows", { data: "data.csv" }, { "data.csv": "id,x,label\n" }, /data\.csv:2\b/],
      [
        "a JSON Lines line that is not JSON",
        { data: "data.jsonl" },
        { "data.jsonl": '{"id": 1, "x": 0.5}\n{"id": 2, "x": \n' },
        /rows are well-formed: 1 row fail, first at row 2 \(line 2\)/,
        // A bad row is a failed check, as in a CSV file.
        "fail",
      ],
      [
        "a Parquet file that is not Parquet",
        { data: "data.parquet" },
        { "data.parquet": "PAR1 this is not a parquet file" },
        /data\.parquet\b.*Parquet/i,
      ],
      [
        "a data format it does not read",
        { data: "data.xlsx" },
        { "data.xlsx": "PK\u0003\u0004" },
        /data\.xlsx: an Excel workbook, which is not read as data[\s\S]*export it as CSV/,
      ],
      [
        "a contract rule naming an unknown column",
        { data: "data.csv", contract: "contract.yml" },
        { "data.csv": CSV, "contract.yml": 'name: x\ntable:\n  rules:\n    - "xx > 0"\n' },
        /contract\.yml:4:\d+ \(table\.rules\[0\]\)[\s\S]*xx/,
      ],
    ] as const
  ).map(
    ([what, inputs, files, message, status]): Row => ({
      name: `validate-data: ${what}`,
      command: validateData,
      inputs,
      files,
      exit: 1,
      message,
      ...(status ? { status } : {}),
    }),
  ),

  {
    name: "validate-data: column names that are runner commands",
    command: validateData,
    inputs: { data: "data.csv", contract: "contract.yml" },
    files: {
      "data.csv": `id,"\n::error::forged","%0A::stop-commands::x",label\n1,2,3,1\n`,
      "contract.yml": "name: x\ncolumns:\n  x: {type: number, required: true}\n",
    },
    exit: 1,
    status: "fail",
    message: /x/,
  },
  ...(
    [
      ["a data file that does not exist", { data: "nowhere.csv" }, {}, /nowhere\.csv: data file not found/],
      [
        "too few good rows",
        { data: "data.csv" },
        { "data.csv": CSV },
        /data\.csv:2: 3 readable data rows, fewer than the 10[\s\S]*--min-rows/,
      ],
    ] as const
  ).map(
    ([what, inputs, files, message]): Row => ({
      name: `infer-contract: ${what}`,
      command: inferContract,
      inputs,
      files,
      exit: 1,
      message,
    }),
  ),

  ...(
    [
      ["a config that does not exist", {}, /nowhere\.yml: file not found/, "nowhere.yml"],
      [
        "a data path that does not exist",
        { "train-validate.yml": TRAIN_CONFIG.replace("data.csv", "missing.csv") },
        /train-validate\.yml:4:\d+ \(data\.path\): missing\.csv: data file not found/,
      ],
      [
        "a label column the data does not have",
        { "train-validate.yml": TRAIN_CONFIG.replace("label: label", "label: churned") },
        /train-validate\.yml:4:\d+ \(data\.label\)[\s\S]*churned/,
      ],
      [
        "a timeout that is not a duration",
        { "train-validate.yml": TRAIN_CONFIG.replace("timeout: 1m", "timeout: 5 parsecs") },
        /train-validate\.yml:8:\d+ \(scorer\.timeout\)/,
      ],
      [
        "a gate on a metric never produced",
        { "train-validate.yml": `${TRAIN_CONFIG}\ngates:\n  - metric: roc_acu\n    min: 0.7\n` },
        /train-validate\.yml:\d+:\d+ \(gates\[0\]\.metric\)[\s\S]*roc_auc/,
      ],
      [
        "a scorer command that does not exist",
        {
          "train-validate.yml": TRAIN_CONFIG.replace(
            "node score.js {input} {output}",
            "no-such-scorer-7 {input} {output}",
          ),
        },
        /no-such-scorer-7/,
      ],
      [
        "a scorer command that fails printing a secret",
        {
          "train-validate.yml": TRAIN_CONFIG.replace(
            "node score.js {input} {output}",
            `node -e "console.error('key ${CANARY}'); process.exit(3)" {input} {output}`,
          ),
        },
        /exit(ed)? (code )?3/,
      ],
      [
        "a predictions file that does not exist",
        {
          "train-validate.yml": TRAIN_CONFIG.replace(
            /scorer:[\s\S]*timeout: 1m/,
            "scorer: {type: predictions, file: preds.csv}",
          ),
        },
        /preds\.csv/,
      ],
    ] as const
  ).map(
    ([what, files, message, config]): Row => ({
      name: `train-validate: ${what}`,
      command: trainValidate,
      inputs: { config: config ?? "train-validate.yml" },
      files: { "data.csv": CSV, "model.json": "[1]", "score.js": SCORER, ...files },
      exit: 1,
      message,
    }),
  ),
  ...(
    [
      [
        "a key variable that is a runner token",
        suite("{model: gpt-4o-mini, api_key_env: GITHUB_TOKEN}"),
        /s\.yaml:\d+:\d+ \(providers\[0\]\.api_key_env\)[\s\S]*GITHUB_TOKEN/,
      ],
      [
        "a key sent to a host that is not the provider's",
        suite('{type: openai-compatible, model: m, base_url: "https://collector.example.net/v1"}'),
        /s\.yaml:\d+:\d+ \(providers\[0\]\.base_url\)[\s\S]*collector\.example\.net[\s\S]*allow-hosts/,
      ],
      [
        "no providers",
        "prompts: [hello.prompt]\nprompts_dir: ../prompts\nproviders: []\ndatasets: [cases.jsonl]\n",
        /s\.yaml:\d+:\d+ \(providers\)/,
      ],
      [
        "a budget that is not a number",
        `${suite("model: gpt-4o-mini")}budgets:\n  total_usd: lots\n`,
        /s\.yaml:\d+:\d+ \(budgets\.total_usd\)/,
      ],
      [
        "a prompt that does not exist",
        suite("model: gpt-4o-mini").replace("hello.prompt", "goodbye.prompt"),
        /goodbye\.prompt/,
      ],
      [
        "a dataset that does not exist",
        suite("model: gpt-4o-mini").replace("cases.jsonl", "nothing.jsonl"),
        /nothing\.jsonl/,
      ],
      [
        "a regex with a backreference",
        `${suite("model: gpt-4o-mini")}defaults:\n  assert:\n    - type: regex\n      value: "(a)\\\\1"\n`,
        /s\.yaml:9:14 \(defaults\.assert\[0\]\.value\): invalid regular expression/,
      ],
    ] as const
  ).map(
    ([what, text, message]): Row => ({
      name: `evaluate-llm: a suite with ${what}`,
      command: evaluateLlm,
      inputs: LLM_INPUTS,
      files: { ...LLM_FILES, "evals/s.yaml": text },
      exit: 1,
      message,
    }),
  ),
  {
    name: "evaluate-llm: a suite that does not exist",
    command: evaluateLlm,
    inputs: { ...LLM_INPUTS, suites: "evals/nothing.yaml" },
    files: LLM_FILES,
    exit: 1,
    message: /evals\/nothing\.yaml/,
  },
  {
    name: "evaluate-llm: a concurrency of zero",
    command: evaluateLlm,
    inputs: { ...LLM_INPUTS, concurrency: "0" },
    files: LLM_FILES,
    exit: 1,
    message: /--concurrency/,
  },
  {
    name: "evaluate-llm: a prompt whose front matter is not YAML",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: { ...LLM_FILES, "prompts/hello.prompt": "---\nversion: [1.0\n---\nHello" },
    exit: 1,
    message: /prompts\/hello\.prompt:\d+/,
  },

  {
    name: "merge: shards that disagree on the total",
    command: merge,
    inputs: {},
    files: {
      ...shardFiles(JSON.stringify(SHARD)),
      ".mlops/llm-shards/shard-1-of-2.json": JSON.stringify({ ...SHARD, shard: { index: 1, total: 2 } }),
    },
    exit: 1,
    message: /shard/,
  },
  // Results whose text tries to act on the runner or reach the reader's browser.
  ...(
    [
      ["check titles that are runner commands", { title: "\n::error::forged\r::stop-commands::t0k3n" }],
      ["a check message holding a secret", { message: `server said Authorization: Bearer ${CANARY}` }],
      ["a location that is a runner command", { location: { file: "::error::x.yml", line: 1 } }],
      [
        "an ESC sequence in a metric name",
        { title: "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007" },
      ],
    ] as const
  ).map(
    ([what, check]): Row => ({
      name: `report: ${what}`,
      command: report,
      inputs: { comment: "false", artifact: "false" },
      files: envelope(
        JSON.stringify({
          ...EVIDENCE,
          status: "fail",
          checks: [{ id: "gate:auc", title: "auc", status: "fail", severity: "fail", gate: true, ...check }],
        }),
      ),
      exit: 1,
      message: /fail/,
    }),
  ),
  {
    name: "report: a results file over the size cap",
    command: report,
    inputs: { comment: "false", artifact: "false" },
    files: envelope(`{"pad": "${"x".repeat(51 * 1024 * 1024)}"}`),
    exit: 1,
    message: /bad\.json.*50 MB/,
  },
  ...(
    [
      [
        "a model file that does not exist",
        { config: "promote.yml", model: "nothing.json", evidence: "evidence" },
        DEPLOY_FILES,
        /nothing\.json/,
      ],
      [
        "an evidence folder with no results",
        { config: "promote.yml", model: "model.json", evidence: "empty" },
        { ...DEPLOY_FILES, "empty/.keep": "" },
        /refused: no backtest result for model "churn"/,
        "fail",
      ],
      [
        "a stage it does not know",
        { config: "promote.yml", model: "model.json", evidence: "evidence", stage: "prodution" },
        DEPLOY_FILES,
        /prodution[\s\S]*production/,
      ],
      [
        "failed evidence without a failing check",
        { config: "promote.yml", model: "model.json", evidence: "evidence" },
        { ...DEPLOY_FILES, "evidence/b.json": JSON.stringify({ ...EVIDENCE, status: "fail" }) },
        /refused: the backtest result's status is fail/,
        "fail",
      ],
      [
        "evidence for other bytes",
        { config: "promote.yml", model: "model.json", evidence: "evidence" },
        { ...DEPLOY_FILES, "model.json": "[2]" },
        /digest mismatch: the backtest result was computed on sha256:080a9ed4\w+, the artifact to promote is sha256:038966de/,
        "fail",
      ],
      [
        "a registry that is a file",
        { config: "promote.yml", model: "model.json", evidence: "evidence" },
        { ...DEPLOY_FILES, registry: "not a folder" },
        /registry/,
      ],
    ] as const
  ).map(
    ([what, inputs, files, message, status]): Row => ({
      name: `promote: ${what}`,
      command: promote,
      inputs,
      files,
      exit: 1,
      message,
      ...(status ? { status } : {}),
    }),
  ),
  ...(
    [
      [
        "a config that does not exist",
        { config: "nowhere.yml", "model-version": "1.0.0" },
        {},
        /nowhere\.yml: file not found/,
      ],
      ["a version that is not registered", { config: "deploy.yml", "model-version": "9.9.9" }, {}, /9\.9\.9/],
      [
        "an unknown strategy",
        { config: "deploy.yml", "model-version": "1.0.0" },
        { "deploy.yml": DEPLOY_FILES["deploy.yml"]!.toString().replace("rolling", "canery") },
        /deploy\.yml:3:\d+ \(strategy\.type\)[\s\S]*canary/,
      ],
      [
        "an apply command that does not exist",
        { config: "deploy.yml", "model-version": "1.0.0" },
        {
          "deploy.yml": DEPLOY_FILES["deploy.yml"]!.toString().replace(
            "node -e 0 {manifests}",
            "no-such-kubectl-7 {manifests}",
          ),
        },
        /apply could not start: command not found: no-such-kubectl-7/,
        "fail",
      ],
      [
        "a health timeout that is not a duration",
        { config: "deploy.yml", "model-version": "1.0.0" },
        { "deploy.yml": DEPLOY_FILES["deploy.yml"]!.toString().replace("timeout: 2s", "timeout: soon") },
        /deploy\.yml:7:\d+ \(health\.timeout\)/,
      ],
    ] as const
  ).map(
    ([what, inputs, files, message, status]): Row => ({
      name: `deploy: ${what}`,
      ...(status ? { status } : {}),
      command: deploy,
      inputs,
      files: {
        ...DEPLOY_FILES,
        "templates/deployment.yaml": "kind: Deployment\nmetadata:\n  name: {{ name }}\n",
        ...files,
      },
      before: [
        { command: promote, inputs: { config: "promote.yml", model: "model.json", evidence: "evidence" } },
      ],
      exit: 1,
      message,
    }),
  ),
  ...(
    [
      [
        "a ragged row",
        "id,x,label\n1,0.5,1\n2,0.1\n",
        /rows are well-formed: 1 row fail, first at row 2 \(line 3\)/,
        "fail",
      ],
      ["an unterminated quote", 'id,x,label\n1,"0.5,1\n2,0.1,0\n', /data\.csv:2\b.*quote/i, "error"],
      [
        "invalid UTF-8",
        Buffer.concat([Buffer.from("id,x,label\n1,"), Buffer.from([0xc3, 0x28]), Buffer.from(",1\n")]),
        /data\.csv:2:\d+.*UTF-8/,
        "error",
      ],
      ["no bytes", "", /data\.csv.*empty/i, "error"],
      [
        "a NUL and an ESC in a field",
        "id,x,label\n1,\u0000\u001b[2J,1\n",
        /x: values are number: 1 row fail, first at row 1 \(line 2\)/,
        "fail",
      ],
    ] as const
  ).map(
    ([what, text, message, status]): Row => ({
      name: `validate-data: a CSV file with ${what}`,
      status,
      command: validateData,
      inputs: { data: "data.csv", contract: "contract.yml" },
      files: {
        "data.csv": text,
        "contract.yml": "name: x\ncolumns:\n  id: {type: integer}\n  x: {type: number}\n",
      },
      exit: 1,
      message,
    }),
  ),
  ...(
    [
      [
        "an unknown assertion type",
        "defaults:\n  assert:\n    - type: contanis\n      value: x\n",
        /s\.yaml:\d+:\d+.*unknown type "contanis"[\s\S]*did you mean "contains"/,
      ],
      [
        "a regex with lookahead",
        'defaults:\n  assert:\n    - type: regex\n      value: "(a+)+b(?=c)"\n',
        /s\.yaml:9:14 \(defaults\.assert\[0\]\.value\): invalid regular expression/,
      ],
      ["a negative repeat", "repeat: -1\n", /s\.yaml:\d+:\d+ \(repeat\)/],
      [
        "a gate on a metric never produced",
        "gates:\n  - metric: pass_rat\n    min: 0.8\n",
        /s\.yaml:\d+:\d+.*pass_rat[\s\S]*pass_rate/,
      ],
    ] as const
  ).map(
    ([what, extra, message]): Row => ({
      name: `evaluate-llm: a suite with ${what}`,
      command: evaluateLlm,
      inputs: LLM_INPUTS,
      files: { ...LLM_FILES, "evals/s.yaml": `${suite("model: gpt-4o-mini")}${extra}` },
      exit: 1,
      message,
    }),
  ),
  {
    name: "evaluate-llm: a prompt with a template syntax error",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: { ...LLM_FILES, "prompts/hello.prompt": '---\nversion: "1.0.0"\n---\n{{#if x}}never closed' },
    exit: 1,
    message: /prompts\/hello\.prompt:\d+: template syntax error/,
  },
  {
    name: "evaluate-llm: a prompt whose front matter is an alias bomb",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: { ...LLM_FILES, "prompts/hello.prompt": `---\n${BOMB}\n---\nHello` },
    exit: 1,
    message: /prompts\/hello\.prompt:\d+:\d+: YAML aliases expand to more than 100 copies/,
  },
  {
    name: "train-validate: an unknown key in the config",
    command: trainValidate,
    inputs: { config: "train-validate.yml" },
    files: { "train-validate.yml": "model: churn\ntask: classification\nscorr: {}\n" },
    exit: 1,
    message: /train-validate\.yml:3:1 \(scorr\): unknown key "scorr"[\s\S]*did you mean "scorer"/,
  },
  {
    name: "promote: a config that is a list",
    command: promote,
    inputs: { config: "promote.yml" },
    files: { "promote.yml": "- a\n- b\n" },
    exit: 1,
    message: /promote\.yml:1:1: expected object, found a list of 2/,
  },
  {
    name: "evaluate-llm: a suite that links outside the workspace",
    command: evaluateLlm,
    inputs: { ...LLM_INPUTS, suites: "evals/x.yaml" },
    files: LLM_FILES,
    links: { "evals/x.yaml": "secret.txt" },
    workflow: true,
    exit: 1,
    message: /evals\/x\.yaml: leads outside the workspace, to .*secret\.txt; it was not read/,
  },
  // Paths that leave the workspace in a workflow.
  ...(
    [
      [validateData, "data", { data: "data.csv" }],
      [validateData, "contract", { data: "data.csv", contract: "contract.yml" }],
      [validateData, "reference", { data: "data.csv", reference: "ref.csv" }],
      [inferContract, "data", { data: "data.csv" }],
    ] as const
  ).map(
    ([command, input, inputs]): Row => ({
      name: `${command.name}: a ${input} file that links outside the workspace`,
      command,
      inputs,
      files: input === "data" ? {} : { "data.csv": CSV },
      links: { [inputs[input as keyof typeof inputs]!]: "secret.txt" },
      workflow: true,
      exit: 1,
      message: new RegExp(`--${input}.*outside the workspace`),
    }),
  ),

  {
    name: "report: results that link outside the workspace",
    command: report,
    inputs: { results: "results.json", comment: "false", artifact: "false" },
    files: {},
    links: { "results.json": "secret.txt" },
    workflow: true,
    exit: 1,
    message: /results\.json: results file leads outside the workspace, to .*secret\.txt; it was not read/,
  },
  {
    name: "report: a results folder holding a link outside the workspace",
    command: report,
    inputs: { results: ".mlops/results", comment: "false", artifact: "false" },
    files: {},
    links: { ".mlops/results/x.json": "secret.txt" },
    workflow: true,
    exit: 1,
    message: /\.mlops\/results\/x\.json: results file leads outside the workspace/,
  },
  {
    name: "report: a glob that reaches outside the workspace",
    command: report,
    inputs: { results: "../outside/*.txt", comment: "false", artifact: "false" },
    files: {},
    workflow: true,
    exit: 1,
    message: /outside\/secret\.txt: results file leads outside the workspace/,
  },
  // Paths named inside configs that leave the workspace in a workflow: linked, climbing out, absolute.
  ...(
    [
      ["links outside", "data.csv", { "data.csv": "secret.txt" }, /secret\.txt/],
      ["climbs out of", "../outside/secret.txt", {}, /secret\.txt/],
      ["is an absolute path outside", "/etc/passwd", {}, /\/etc\/passwd/],
    ] as const
  ).map(
    ([what, dataPath, links, to]): Row => ({
      name: `train-validate: a data.path that ${what} the workspace`,
      command: trainValidate,
      inputs: { config: "train-validate.yml" },
      files: { "train-validate.yml": `model: churn\ndata: {path: "${dataPath}", label: label}\n` },
      links,
      workflow: true,
      exit: 1,
      message: new RegExp(
        `train-validate\\.yml:2:\\d+ \\(data\\.path\\): leads outside the workspace, to \\S*${to.source}`,
      ),
    }),
  ),
  ...(
    [
      ["challenger.model", "challenger: {model: ../outside/secret.txt}", 4],
      ["train.config", "train: {command: node -e 0, artifact: m.json, config: ../outside/secret.txt}", 4],
      ["train.datasets[0]", "train: {command: node -e 0, artifact: m.json, datasets: [/etc/passwd]}", 4],
      ["scorer.file", "scorer: {type: predictions, file: linked.csv}", 4],
      ["champion.registry", "champion: {registry: /etc}", 4],
    ] as const
  ).map(
    ([field, yaml, line]): Row => ({
      name: `train-validate: a ${field} outside the workspace`,
      command: trainValidate,
      inputs: { config: "train-validate.yml" },
      files: {
        "data.csv": CSV,
        "train-validate.yml": `model: churn\ntask: classification\ndata: {path: data.csv, label: label}\n${yaml}\n`,
      },
      links: { "linked.csv": "secret.txt" },
      workflow: true,
      exit: 1,
      message: new RegExp(
        `train-validate\\.yml:${line}:\\d+ \\(${escapeRegExp(field)}\\): leads outside the workspace`,
      ),
    }),
  ),
  ...(
    [
      ["datasets[0]", "datasets: [../../outside/secret.txt]", 5],
      ["prompts_dir", "prompts_dir: /etc", 2],
      ["prompts[0]", "prompts: [../../outside/secret.txt]", 1],
    ] as const
  ).map(
    ([field, yaml, line]): Row => ({
      name: `evaluate-llm: a suite's ${field} outside the workspace`,
      command: evaluateLlm,
      inputs: LLM_INPUTS,
      files: {
        ...LLM_FILES,
        "evals/s.yaml": suite("model: gpt-4o-mini").replace(
          new RegExp(`^${yaml.split(":")[0]}:.*$`, "m"),
          yaml,
        ),
      },
      workflow: true,
      exit: 1,
      message: new RegExp(
        `evals/s\\.yaml:${line}:\\d+ \\(${escapeRegExp(field)}\\): leads outside the workspace`,
      ),
    }),
  ),
  ...["prompts/evil.prompt", "prompts/_evil.prompt"].map(
    (file): Row => ({
      name: `evaluate-llm: a ${file.includes("_") ? "partial" : "prompt"} in the prompts folder that links outside`,
      command: evaluateLlm,
      inputs: LLM_INPUTS,
      files: LLM_FILES,
      links: { [file]: "secret.txt" },
      workflow: true,
      exit: 1,
      message: new RegExp(
        `${escapeRegExp(file)}: leads outside the workspace, to \\S*secret\\.txt; it was not read`,
      ),
    }),
  ),
  {
    name: "evaluate-llm: a custom grader module outside the workspace",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: {
      ...LLM_FILES,
      "evals/s.yaml": `${suite("model: gpt-4o-mini")}tests:\n  - vars: {customer: x}\n    assert: [{type: custom, module: /etc/passwd}]\n`,
    },
    workflow: true,
    exit: 1,
    message:
      /evals\/s\.yaml:8:\d+ \(tests\[0\]\.assert\[0\]\.module\): leads outside the workspace, to \/etc\/passwd/,
  },
  ...(
    [
      [
        "a templates folder outside",
        {
          "deploy.yml": DEPLOY_FILES["deploy.yml"]!.toString().replace(
            "templates: templates",
            "templates: ../outside",
          ),
        },
        {},
        /deploy\.yml:4:\d+ \(templates\): leads outside the workspace/,
      ],
      [
        "a template that links outside",
        { "templates/service.yaml": "kind: Service\n" },
        { "templates/deployment.yaml": "secret.txt" },
        /templates\/deployment\.yaml: leads outside the workspace, to \S*secret\.txt; it was not read/,
      ],
    ] as const
  ).map(
    ([what, files, links, message]): Row => ({
      name: `deploy: ${what} the workspace`,
      command: deploy,
      inputs: { config: "deploy.yml", "model-version": "1.0.0", "registry-writes": "local" },
      files: { ...DEPLOY_FILES, ...files },
      links,
      before: [
        {
          command: promote,
          inputs: PROMOTE_LOCALLY,
        },
      ],
      workflow: true,
      exit: 1,
      message,
    }),
  ),
  {
    name: "promote: a registry folder outside the workspace",
    command: promote,
    inputs: { config: "promote.yml", model: "model.json", evidence: "evidence" },
    files: {
      ...DEPLOY_FILES,
      "promote.yml": DEPLOY_FILES["promote.yml"]!.toString().replace(
        "registry: registry",
        "registry: ../outside",
      ),
    },
    workflow: true,
    exit: 1,
    message: /promote\.yml:2:\d+ \(registry\): leads outside the workspace/,
  },
  // env: maps that would pass the workflow's secrets to commands a pull request controls.
  {
    name: "train-validate: a training env: that passes a secret the workflow did not allow",
    command: trainValidate,
    inputs: { config: "train-validate.yml", "allow-env": "HF_TOKEN" },
    files: {
      "data.csv": CSV,
      "train-validate.yml": [
        "model: churn",
        "data: {path: data.csv, label: label}",
        "train:",
        "  command: node -e 0",
        "  artifact: m.json",
        `  env: {LEAK: "\${MLOPS_HOSTILE_TOKEN}"}`,
      ].join("\n"),
    },
    workflow: true,
    exit: 1,
    message:
      /train-validate\.yml:6:\d+ \(train\.env\.LEAK\): \$\{MLOPS_HOSTILE_TOKEN\} passes a secret the workflow did not allow[\s\S]*allow-env/,
  },
  {
    name: "train-validate: a predict command's env: that passes the API key",
    command: trainValidate,
    inputs: { config: "train-validate.yml" },
    files: {
      "data.csv": CSV,
      "train-validate.yml": [
        "model: churn",
        "data: {path: data.csv, label: label}",
        `scorer: {type: command, command: node -e 0, env: {K: "key=\${OPENAI_API_KEY}"}}`,
      ].join("\n"),
    },
    workflow: true,
    exit: 1,
    message: /train-validate\.yml:3:\d+ \(scorer\.env\.K\): \$\{OPENAI_API_KEY\} passes a secret/,
  },
  {
    name: "deploy: an env: that passes a secret to the apply command",
    command: deploy,
    inputs: { config: "deploy.yml", "model-version": "1.0.0", "registry-writes": "local" },
    files: {
      ...DEPLOY_FILES,
      "deploy.yml": `${DEPLOY_FILES["deploy.yml"]}\nenv: {KUBE: "\${MLOPS_HOSTILE_TOKEN}"}\n`,
    },
    workflow: true,
    exit: 1,
    message: /deploy\.yml:8:\d+ \(env\.KUBE\): \$\{MLOPS_HOSTILE_TOKEN\} passes a secret/,
  },
  // Rows and registry files nested past what the code that handles them recursively can take.
  {
    name: "validate-data: a JSONL row nested 100,000 levels deep",
    command: validateData,
    inputs: { data: "data.jsonl" },
    files: { "data.jsonl": `{"x": 1, "label": 0}\n{"x": ${DEEP_JSON}, "label": 1}\n{"x": 2, "label": 1}\n` },
    exit: 1,
    status: "fail",
    message: /data\.jsonl[\s\S]*rows are well-formed: 1 row fail, first at row 2 \(line 2\)/,
  },
  {
    name: "evaluate-llm: a case nested 100,000 levels deep",
    command: evaluateLlm,
    inputs: LLM_INPUTS,
    files: { ...LLM_FILES, "evals/cases.jsonl": `${CASES}{"id": "b", "customer": ${DEEP_JSON}}\n` },
    exit: 1,
    message: /cases\.jsonl:2: nested more than 100 levels deep/,
  },
  ...(
    [
      ["a YAML alias bomb", `${BOMB}\n`, /YAML aliases expand to more than 100 copies/],
      ["100,000 levels of [", DEEP_JSON, /nested more than 100 levels deep/],
    ] as const
  ).flatMap(([what, text, message]): Row[] => [
    {
      name: `deploy: ${what} in the registry's model file`,
      command: deploy,
      inputs: { config: "deploy.yml", "registry-writes": "local" },
      files: { ...DEPLOY_FILES, "registry/models/churn/model.yml": text },
      exit: 1,
      message: new RegExp(`registry/models/churn/model\\.yml:\\d+:\\d+: ${message.source}`),
    },
    {
      name: `promote: ${what} in a registered version's file`,
      command: promote,
      inputs: PROMOTE_LOCALLY,
      files: { ...DEPLOY_FILES, "registry/models/churn/versions/1.0.0.yml": text },
      exit: 1,
      message: new RegExp(`registry/models/churn/versions/1\\.0\\.0\\.yml:\\d+:\\d+: ${message.source}`),
    },
  ]),
  {
    name: "validate-data: a Parquet row group over the contract's limit",
    command: validateData,
    inputs: { data: "data.parquet", contract: "contract.yml" },
    files: {
      "data.parquet": new Uint8Array(
        parquetWriteBuffer({
          columnData: [
            { name: "x", data: [0.5, 0.1, 0.9], type: "DOUBLE" },
            { name: "label", data: [1, 0, 1], type: "INT32" },
          ],
        }),
      ),
      "contract.yml": "limits: { maxRowGroupBytes: 16 }\n",
    },
    exit: 1,
    message:
      /data\.parquet: row group 1 of 1 \(rows 1–3\) holds \d+ bytes uncompressed, over the limit of 16 bytes[\s\S]*limits\.maxRowGroupBytes/,
  },
  ...(
    [
      [
        "group names that are Markdown, HTML and runner commands",
        "sensitive: [group]\ngates: [{metric: demographic_parity_ratio, min: 1.01}]",
        "",
        /demographic_parity_ratio/,
        "fail",
      ],
      [
        "a sensitive column that does not exist",
        "sensitive: [gruop]",
        "",
        /bias\.yml:5:\d+ \(sensitive\[0\]\): column "gruop" is not in data\.csv\n.*did you mean "group"/,
        "error",
      ],
      [
        "a label that is not binary",
        "sensitive: [group]",
        "2",
        /data\.csv:160 \(label\): label "label" is not binary: values found "0", "1", "2"/,
        "error",
      ],
    ] as const
  ).map(
    ([what, options, badLabel, message, status]): Row => ({
      name: `evaluate-bias: ${what}`,
      command: evaluateBias,
      inputs: { config: "bias.yml" },
      files: {
        "data.csv": biasData(badLabel),
        "predictions.csv": `probability\n${Array.from({ length: 120 }, (_, i) => (i % 7) / 7).join("\n")}\n`,
        "bias.yml": `model: churn\nchampion: {registry: registry}\nscorer: {type: predictions, file: predictions.csv}\ndata: {path: data.csv, label: label}\n${options}\n`,
        "registry/.keep": "",
      },
      exit: 1,
      status,
      message,
    }),
  ),
  ...(
    [
      [
        "a model that crashes on a missing value",
        "scorer: {type: command, command: 'node predict.cjs {input} {output}'}\ndetectors: [{type: missing_value, sample: 50}]",
        /failed on missing_value perturbations: .*predict command/,
        "fail",
      ],
      [
        "a predictions file, which cannot score perturbed rows",
        "scorer: {type: predictions, file: predictions.csv}",
        /robustness\.yml:4:\d+ \(scorer\.type\): a predictions file cannot score perturbed rows/,
        "error",
      ],
      [
        "an immutable column that does not exist",
        "scorer: {type: command, command: 'node predict.cjs {input} {output}'}\nimmutable: [x3]",
        /robustness\.yml:5:\d+ \(immutable\[0\]\): column "x3" is not in data\.csv\n.*did you mean "x1"/,
        "error",
      ],
    ] as const
  ).map(
    ([what, options, message, status]): Row => ({
      name: `evaluate-robustness: ${what}`,
      command: evaluateRobustness,
      inputs: { config: "robustness.yml" },
      files: {
        "data.csv": `x1,x2,label\n${Array.from({ length: 60 }, (_, i) => `${i},${i % 7},${i % 2}`).join("\n")}\n`,
        "predictions.csv": `probability\n${"0.5\n".repeat(60)}`,
        "predict.cjs": ROBUSTNESS_SCORER,
        "model.json": "{}",
        "robustness.yml": `model: churn\nchampion: {registry: registry}\nchallenger: {model: model.json}\n${options}\ndata: {path: data.csv, label: label}\n`,
        "registry/.keep": "",
      },
      exit: 1,
      status,
      message,
    }),
  ),
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function cli(given: Record<string, string>): InputSurface {
  return { kind: "cli", label: (key) => `--${key}`, raw: (key) => given[key] };
}

async function runRow(row: Row) {
  const root = await mkdtemp(path.join(tmpdir(), "mlops-hostile-"));
  const ws = path.join(root, "ws");
  const outside = path.join(root, "outside");
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(outside, "secret.txt"), `${OUTSIDE_CONTENT},a,b\n${OUTSIDE_CONTENT}\n`);
  const files = typeof row.files === "function" ? row.files(portal.url) : row.files;
  for (const [rel, text] of Object.entries({ ".keep": "", ...files })) {
    await mkdir(path.dirname(path.join(ws, rel)), { recursive: true });
    await writeFile(path.join(ws, rel), text);
  }
  for (const [rel, target] of Object.entries(row.links ?? {})) {
    await mkdir(path.dirname(path.join(ws, rel)), { recursive: true });
    await symlink(path.join(outside, target), path.join(ws, rel));
  }
  let log = "";
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    OPENAI_API_KEY: CANARY,
    MLOPS_HOSTILE_TOKEN: CANARY,
    ...(row.workflow ? { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: ws } : {}),
  };
  for (const step of row.before ?? []) {
    const ready = await runCommand(step.command, cli(step.inputs), {
      logger: createLogger({ github: false, write: () => {} }),
      cwd: ws,
      env,
    });
    expect(ready, `${step.command.name} before the row`).toBe(0);
  }
  const code = await runCommand(row.command, cli(row.inputs), {
    logger: createLogger({ github: false, write: (t) => (log += t) }),
    stdout: (t) => (log += t),
    cwd: ws,
    env,
  });
  const results = path.join(ws, ".mlops/results");
  const written = await Promise.all(
    (await readdir(results).catch(() => [] as string[]))
      // What the run wrote, not what the row planted there.
      .filter((f) => !(path.join(".mlops/results", f) in { ...files, ...row.links }))
      .map((f) => readFile(path.join(results, f), "utf8")),
  );
  return { code, log, written: written.join("\n") };
}

describe("hostile inputs", () => {
  it("has a corpus", () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
  });

  it.each(rows.map((row) => [row.name, row] as const))("%s", { timeout: 30_000 }, async (_, row) => {
    const { code, log, written } = await runRow(row);
    expect({ code, log }).toMatchObject({ code: row.exit });
    expect(log).toMatch(row.message);
    for (const text of [log, written]) {
      expect(text).not.toMatch(/\n\s+at /);
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain(OUTSIDE_CONTENT);
      expect(text).not.toMatch(
        /RangeError|SyntaxError|TypeError|ReferenceError|Maximum call stack|\[object Object\]/,
      );
      expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(text).not.toMatch(/^\s*::/m);
    }
    if (row.command.evaluates) expect(written).toMatch(`"status": "${row.status ?? "error"}"`);
  });
});
