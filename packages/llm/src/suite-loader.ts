import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  ConfigError,
  configLocator,
  loadConfigFile,
  nestedTooDeep,
  parseConfigValue,
  TOO_DEEP,
  throwConfigErrors,
  unknownGateMetrics,
} from "@mlops/core";
import { CATEGORIES } from "@mlops/redteam";
import { jsonSchemaEngine } from "./assertions/json.ts";
import { type Assertion, JUDGED_TYPES, loadAssertionEngines } from "./assertions/registry.ts";
import { parseCsv } from "./csv.ts";
import { promptEvalMetricNames } from "./prompt-eval-metrics.ts";
import { ITERATIVE_CATEGORY, type RedteamProbe, redteamCases } from "./redteam-cases.ts";
import { redteamMetricNames } from "./redteam-stats.ts";
import { type Suite, SuiteSchema, type TestCase, TestCaseSchema } from "./suite-schema.ts";

/** A case ready to run: its variables resolved, the suite's defaults applied. */
export interface EvalCase {
  id: string;
  description?: string;
  vars: Record<string, unknown>;
  assert: Assertion[];
  threshold?: number;
  tags: string[];
  critical: boolean;
  /** Where the case came from, for messages: `data/cases.jsonl:12` or `evals/x.yaml (tests[3])`. */
  source: string;
  /** A red-team probe: judged by the detectors instead of assertions. */
  redteam?: RedteamProbe;
}

export interface LoadedSuite {
  file: string;
  dir: string;
  suite: Suite;
  cases: EvalCase[];
  /** Suite file text + datasets: a run's checkpoint is only reused for the same inputs. */
  inputsText: string;
}

export async function loadSuite(file: string): Promise<LoadedSuite> {
  const suite = await loadConfigFile(file, SuiteSchema, { prepare: prepareSuite });
  // A gate on a metric the eval never produces would only show as an error after every call was paid for.
  const known = promptEvalMetricNames(suite);
  if (suite.redteam) {
    const categories: string[] = [...(suite.redteam.categories ?? CATEGORIES)];
    if (suite.redteam.attacker) categories.push(ITERATIVE_CATEGORY);
    known.push(...redteamMetricNames(categories));
  }
  const evaluation = { what: "the eval", known };
  throwConfigErrors(unknownGateMetrics(suite.gates, evaluation, await configLocator(file)));
  const dir = path.dirname(file);
  const cases: EvalCase[] = [];
  let inputsText = await readFile(file, "utf8");
  for (const [i, dataset] of suite.datasets.entries()) {
    const spec = typeof dataset === "string" ? { path: dataset } : dataset;
    const datasetFile = path.resolve(dir, spec.path);
    const text = await readFile(datasetFile, "utf8").catch((e: NodeJS.ErrnoException) => {
      throw new ConfigError(`cannot read dataset ${spec.path} (${e.code ?? e.message})`, {
        location: { file, path: `datasets[${i}]` },
        hint: "dataset paths are relative to the suite file",
      });
    });
    inputsText += `\n${text}`;
    const shown = path.relative(process.cwd(), datasetFile) || datasetFile;
    const format =
      ("format" in spec ? spec.format : undefined) ?? (spec.path.endsWith(".csv") ? "csv" : "jsonl");
    let rows = format === "csv" ? csvRows(text, shown) : jsonlRows(text, shown);
    if ("limit" in spec && spec.limit !== undefined) rows = rows.slice(0, spec.limit);
    await loadAssertionEngines(rows.map((row) => row.data.assert));
    for (const row of rows)
      cases.push(toCase(row.data, suite, `${shown}:${row.line}`, `${path.basename(spec.path)}#${row.line}`));
  }
  for (const [i, test] of suite.tests.entries()) {
    cases.push(resolveCase(test, suite, `${file} (tests[${i}])`, `tests[${i}]`));
  }
  if (suite.redteam) {
    for (const spec of await redteamCases(suite.redteam, suite.defaults.vars, file))
      cases.push({ ...spec, assert: [], tags: [...suite.tags, ...spec.tags], critical: false });
    inputsText += `\n${JSON.stringify(suite.redteam)}`;
  }
  const seen = new Map<string, string>();
  for (const c of cases) {
    const other = seen.get(c.id);
    if (other) {
      throw new ConfigError(`two cases have the id "${c.id}"`, {
        location: { file },
        hint: `case ids must be unique (${other} and ${c.source})`,
      });
    }
    seen.set(c.id, c.source);
  }
  if (suite.agreement) checkLabels(cases, suite.agreement.label, file);
  if (cases.length === 0) {
    throw new ConfigError("the suite has no cases", {
      location: { file },
      hint: "add datasets (JSONL or CSV files) or inline tests",
    });
  }
  return { file, dir, suite, cases, inputsText };
}

/** Agreement is measured against every case's label: a case without one would silently shrink the sample. */
function checkLabels(cases: readonly EvalCase[], label: string, suiteFile: string): void {
  const unlabelled = cases.find((c) => c.vars[label] === undefined || c.vars[label] === null);
  if (!unlabelled) return;
  const at = /^(.*):(\d+)$/.exec(unlabelled.source);
  throw new ConfigError(`case "${unlabelled.id}" has no "${label}", the human label of agreement.label`, {
    location: at
      ? { file: at[1] as string, line: Number(at[2]), path: label }
      : { file: suiteFile, path: "agreement.label" },
    hint: `give every case of ${unlabelled.source.replace(/:\d+$/, "")} its label, or name the right variable in agreement.label`,
  });
}

/** Engines the schema's checks need: the assertions' and, for tool definitions, the JSON Schema validator. */
async function prepareSuite(data: unknown): Promise<void> {
  await loadAssertionEngines(data);
  const redteam = (data as { redteam?: { tools?: unknown } } | null)?.redteam;
  if (redteam && typeof redteam === "object" && redteam.tools !== undefined) await jsonSchemaEngine.load();
}

interface Row {
  line: number;
  data: Record<string, unknown>;
}

function jsonlRows(text: string, file: string): Row[] {
  const rows: Row[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      throw new ConfigError(`not valid JSON: ${(e as Error).message}`, {
        location: { file, line: i + 1 },
        hint: "each line of a .jsonl dataset is one JSON object",
      });
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) {
      throw new ConfigError("each line must be a JSON object", { location: { file, line: i + 1 } });
    }
    if (nestedTooDeep(data)) {
      throw new ConfigError(TOO_DEEP, {
        location: { file, line: i + 1 },
        hint: "a case's variables are a few levels deep; this one was not read",
      });
    }
    rows.push({ line: i + 1, data: data as Record<string, unknown> });
  }
  return rows;
}

function csvRows(text: string, file: string): Row[] {
  const records = parseCsv(text, file);
  const [header, ...body] = records;
  if (!header) return [];
  return body.map((r) => {
    if (r.fields.length !== header.fields.length) {
      throw new ConfigError(`expected ${header.fields.length} fields, found ${r.fields.length}`, {
        location: { file, line: r.line },
        hint: "quote fields that contain commas",
      });
    }
    return { line: r.line, data: Object.fromEntries(header.fields.map((h, i) => [h, r.fields[i]])) };
  });
}

/**
 * A dataset row: the reserved columns `id`, `assert`, `threshold`, `tags`, `critical` and `description`
 * describe the case; every other column is a variable. `vars` in the suite renames columns.
 */
function toCase(data: Record<string, unknown>, suite: Suite, source: string, fallbackId: string): EvalCase {
  const { id, assert, threshold, tags, critical, description, vars, ...columns } = data;
  const [file, line] = [
    source.slice(0, source.lastIndexOf(":")),
    Number(source.slice(source.lastIndexOf(":") + 1)),
  ];
  const test = parseConfigValue(
    {
      id: id === undefined ? undefined : String(id),
      description,
      vars: { ...(vars as Record<string, unknown> | undefined), ...columns },
      assert: assert ?? [],
      threshold: typeof threshold === "string" ? Number(threshold) : threshold,
      tags:
        typeof tags === "string"
          ? tags
              .split(/[;,]/)
              .map((t) => t.trim())
              .filter(Boolean)
          : (tags ?? []),
      critical: critical === true || critical === "true",
    },
    { file, line },
    TestCaseSchema,
  );
  const judged = suite.judge ? undefined : test.assert.find((a) => JUDGED_TYPES.includes(a.type));
  if (judged) {
    throw new ConfigError(`"${judged.type}" is graded by a judge model, and the suite has no judge`, {
      location: { file, line, path: "assert" },
      hint: "add judge: (a provider) to the suite",
    });
  }
  return resolveCase(test, suite, source, fallbackId);
}

function resolveCase(test: TestCase, suite: Suite, source: string, fallbackId: string): EvalCase {
  const vars: Record<string, unknown> = { ...suite.defaults.vars, ...test.vars };
  for (const [variable, column] of Object.entries(suite.vars)) {
    if (column in vars) vars[variable] = vars[column];
  }
  return {
    id: test.id ?? fallbackId,
    description: test.description,
    vars,
    assert: [...suite.defaults.assert, ...test.assert],
    threshold: test.threshold ?? suite.defaults.threshold,
    tags: [...suite.tags, ...test.tags],
    critical: test.critical,
    source,
  };
}
