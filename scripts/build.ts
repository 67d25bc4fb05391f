/**
 * Bundles every action (`actions/<name>/src/main.ts` → `actions/<name>/dist/index.js`) and the CLI
 * (`packages/cli/dist/mlops.js`) in one esbuild pass with code splitting, so library code shared by
 * several entries lives once in `dist/chunks/`, and writes each action's `<name>/action.yml` from its
 * command spec. Output is ESM, unminified and deterministic (content hashes only), because it is
 * committed. `--check` rebuilds in memory and fails when the committed files differ.
 */
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { actionYmlFiles, COMMANDS, withGeneratedTables } from "@mlops/commands";
import * as esbuild from "esbuild";
import { embedProbeLibrary } from "./embed-probe-library.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHUNK_DIR = "dist/chunks";

// Bundled CommonJS dependencies call require(); ESM has none, so give them one. The alias avoids a
// clash with dependencies that import createRequire themselves.
const BANNER =
  "import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);";

/**
 * `@actions/core` imports its OIDC client (and through it an HTTP stack with undici) at the top level,
 * though only `getIDToken` uses it. Declaring those modules free of side effects lets esbuild drop them
 * from actions that never ask for an ID token, which is most of their start-up cost.
 */
const SIDE_EFFECT_FREE = /^(@actions\/http-client(\/.*)?|\.\/oidc-utils\.js)$/;
const sideEffectFree: esbuild.Plugin = {
  name: "side-effect-free",
  setup(build) {
    build.onResolve({ filter: SIDE_EFFECT_FREE }, async (args) => {
      if (args.pluginData === "resolving") return undefined;
      if (args.path.startsWith("./") && !args.importer.includes("@actions/core")) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: "resolving",
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, sideEffects: false };
    });
  },
};

/**
 * Handlebars' compiler uses `source-map` only when it is available and falls back to its own plain code
 * builder otherwise; we never ask for source maps, so the module stays out of the bundles.
 */
const noSourceMap: esbuild.Plugin = {
  name: "no-source-map",
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, (args) =>
      args.importer.includes("handlebars") ? { path: "source-map", namespace: "empty" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

export function entryPoints(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(path.join(ROOT, "actions")).sort()) {
    const main = path.join("actions", name, "src", "main.ts");
    if (existsSync(path.join(ROOT, main))) entries[`actions/${name}/dist/index`] = main;
  }
  entries["packages/cli/dist/mlops"] = "packages/cli/src/main.ts";
  // Spawns itself as a worker through import.meta.url: as an entry point too, it always lands in a shared
  // chunk, never in an action's entry file.
  entries["dist/chunks/data-scan-worker"] = "packages/data/src/scan-worker.ts";
  // The bootstrap's second half of resamples runs the same way, on a worker thread of this module.
  entries["dist/chunks/stats-resample-worker"] = "packages/stats/src/resample-worker.ts";
  // Forks itself the same way: custom graders run in a child process that does nothing else.
  entries["dist/chunks/llm-grader-host"] = "packages/llm/src/assertions/grader-host.ts";
  return entries;
}

/** How every bundle is built; tests and benchmarks that bundle a module of their own build it the same way. */
export const BUNDLE_OPTIONS = {
  absWorkingDir: ROOT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  // The actions run on Node 24; the CLI also on the other maintained line, 22.
  target: "node22",
  minify: false,
  sourcemap: false,
  legalComments: "eof",
  charset: "utf8",
  banner: { js: BANNER },
  logLevel: "error",
  plugins: [sideEffectFree, noSourceMap, embedProbeLibrary],
  logOverride: { "require-resolve-not-external": "silent" },
} satisfies esbuild.BuildOptions;

/** Builds in memory: output path (relative to the repository) → contents. */
export async function buildBundles(): Promise<Map<string, Uint8Array>> {
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: entryPoints(),
    outdir: ROOT,
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    write: false,
  });
  const out = new Map<string, Uint8Array>();
  for (const file of result.outputFiles) out.set(path.relative(ROOT, file.path), file.contents);
  for (const [file, text] of actionYmlFiles(COMMANDS)) out.set(file, Buffer.from(text));
  for (const spec of COMMANDS.filter((s) => s.action)) {
    const readme = `actions/${spec.name}/README.md`;
    const text = await readFile(path.join(ROOT, readme), "utf8");
    out.set(readme, Buffer.from(withGeneratedTables(text, spec)));
  }
  return out;
}

/** Files in the output folders right now, so stale chunks are noticed and removed. */
function committedOutputs(): string[] {
  const files: string[] = [];
  const dirs = [...Object.keys(entryPoints()).map((e) => path.dirname(e)), CHUNK_DIR];
  for (const dir of new Set(dirs)) {
    const abs = path.join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs)) if (f.endsWith(".js")) files.push(path.join(dir, f));
  }
  for (const dir of readdirSync(ROOT)) {
    if (existsSync(path.join(ROOT, dir, "action.yml"))) files.push(`${dir}/action.yml`);
  }
  return files.sort();
}

export async function staleBundles(): Promise<string[]> {
  const built = await buildBundles();
  const stale = new Set<string>();
  for (const [file, contents] of built) {
    const current = await readFile(path.join(ROOT, file)).catch(() => undefined);
    if (!current || !Buffer.from(contents).equals(current)) stale.add(file);
  }
  for (const file of committedOutputs()) if (!built.has(file)) stale.add(file);
  return [...stale].sort();
}

async function writeBundles(): Promise<void> {
  const built = await buildBundles();
  for (const file of committedOutputs()) if (!built.has(file)) await rm(path.join(ROOT, file));
  for (const [file, contents] of built) {
    await mkdir(path.dirname(path.join(ROOT, file)), { recursive: true });
    await writeFile(path.join(ROOT, file), contents);
  }
  for (const [file, contents] of [...built].sort()) {
    console.log(`${file.padEnd(48)} ${(contents.byteLength / 1024).toFixed(1).padStart(8)} KiB`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check")) {
    const stale = await staleBundles();
    if (stale.length > 0) {
      console.error(`dist is stale: ${stale.join(", ")}\nrun \`npm run build\` and commit the result`);
      process.exit(1);
    }
    console.log("dist is fresh");
  } else {
    await writeBundles();
  }
}
