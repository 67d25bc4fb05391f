/**
 * The architecture in ../DESIGN's import order, enforced: each file's imports are parsed and checked
 * against the layers, the package boundaries and the few modules only one place may import.
 */
import { readFileSync } from "node:fs";
import { glob } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Lower layers first; a package may import only packages of a lower layer (or listed peers). */
const LAYERS: Record<string, number> = {
  core: 0,
  stats: 1,
  data: 2,
  models: 2,
  llm: 2,
  registry: 2,
  report: 2,
  github: 2,
  bias: 2,
  fairness: 2,
  robustness: 2,
  redteam: 2,
  commands: 3,
  cli: 4,
};

/** Imports between domain packages of one layer, each a deliberate choice. */
const PEERS = new Set([
  "models→data", // backtest data is read by the data package's readers
  "models→registry", // a champion's registry is configured with the registry's own schema
  "registry→github", // registry writes can go through the GitHub contents API
  "bias→models",
  "bias→data",
  "robustness→models",
  "robustness→data",
  "llm→redteam", // red-team suites run through the eval runner
  "report→redteam", // in tests only: every probe and strategy goes through the report's escaping
]);

/** Modules only one place may import. */
const ONLY_IN: [RegExp, (file: string) => boolean, string][] = [
  [/^@actions\/core$/, (f) => /^actions\/[^/]+\/src\/main\.ts$/.test(f), "action entry files"],
  [/^openai(\/|$)/, (f) => f.startsWith("packages/llm/"), "packages/llm"],
  [/^@actions\/(github|artifact)(\/|$)/, (f) => f.startsWith("packages/github/"), "packages/github"],
];

interface SourceFile {
  file: string;
  imports: string[];
}

async function sources(): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for await (const file of glob(["packages/*/src/**/*.ts", "actions/*/src/**/*.ts"], { cwd: ROOT })) {
    const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), "utf8"), true, true);
    out.push({ file, imports: info.importedFiles.map((i) => i.fileName) });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

function packageOf(file: string): string | undefined {
  return /^packages\/([^/]+)\//.exec(file)?.[1];
}

describe("architecture", async () => {
  const files = await sources();

  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(200);
    expect(
      Object.keys(LAYERS).filter((p) => files.some((f) => packageOf(f.file) === p)).length,
    ).toBeGreaterThan(9);
  });

  it("imports flow down the layers: actions and cli → commands → domain packages → stats → core", () => {
    const wrong: string[] = [];
    for (const { file, imports } of files) {
      const from = packageOf(file);
      for (const spec of imports) {
        const to = /^@mlops\/([^/]+)/.exec(spec)?.[1];
        if (!to) continue;
        if (!from) {
          // Action entries hand a spec to the runner and nothing else.
          if (to !== "commands") wrong.push(`${file} → @mlops/${to} (actions import @mlops/commands only)`);
          continue;
        }
        if (from === to) wrong.push(`${file} imports its own package by name`);
        else if (!(to in LAYERS)) wrong.push(`${file} → @mlops/${to} (unknown package: add it to LAYERS)`);
        else if (LAYERS[to]! > LAYERS[from]!) wrong.push(`${file} → @mlops/${to} (a higher layer)`);
        else if (LAYERS[to] === LAYERS[from] && !PEERS.has(`${from}→${to}`))
          wrong.push(`${file} → @mlops/${to} (a peer not listed in PEERS)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("crosses a package boundary only through the other package's index", () => {
    const wrong: string[] = [];
    for (const { file, imports } of files) {
      const from = packageOf(file);
      for (const spec of imports) {
        if (/^@mlops\/[^/]+\/./.test(spec)) wrong.push(`${file} → ${spec} (import "@mlops/<name>" only)`);
        if (!spec.startsWith(".")) continue;
        const target = path
          .relative(ROOT, path.resolve(ROOT, path.dirname(file), spec))
          .replaceAll("\\", "/");
        const to = packageOf(target);
        // Tests and their helpers may use the shared harness and emulators in test/.
        const isTestCode = file.endsWith(".test.ts") || file.includes("/test-support/");
        const reachesTests = target.startsWith("test/") && isTestCode;
        if (from && to !== from && !reachesTests) wrong.push(`${file} → ${spec} (outside its package)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(ONLY_IN.map(([pattern, , where]) => [String(pattern), where]))(
    "%s is imported only in %s",
    (pattern) => {
      const [re, allowed] = ONLY_IN.find(([p]) => String(p) === pattern)!;
      const wrong = files.flatMap(({ file, imports }) =>
        imports.filter((spec) => re.test(spec) && !allowed(file)).map((spec) => `${file} → ${spec}`),
      );
      expect(wrong).toEqual([]);
    },
  );

  it("each package declares the @mlops packages it imports", () => {
    const wrong: string[] = [];
    for (const name of new Set(files.map((f) => packageOf(f.file)).filter((p): p is string => !!p))) {
      const declared = Object.keys(
        JSON.parse(readFileSync(path.join(ROOT, "packages", name, "package.json"), "utf8")).dependencies ??
          {},
      );
      const used = new Set(
        files
          .filter((f) => packageOf(f.file) === name && !f.file.endsWith(".test.ts"))
          .flatMap((f) =>
            f.imports.map((s) => /^@mlops\/[^/]+/.exec(s)?.[0]).filter((s): s is string => !!s),
          ),
      );
      for (const dep of used)
        if (!declared.includes(dep)) wrong.push(`packages/${name} imports ${dep} undeclared`);
      for (const dep of declared)
        if (dep.startsWith("@mlops/") && !used.has(dep))
          wrong.push(`packages/${name} declares ${dep} unused`);
    }
    expect(wrong).toEqual([]);
  });
});
