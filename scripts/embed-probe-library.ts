/**
 * Bundles carry the red-team probe library in their code: the module that reads the YAML files from the
 * package (packages/redteam/src/builtin-probe-files.ts) is replaced by one holding their text, so an
 * action finds its probes with nothing but its dist/ folder checked out.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type * as esbuild from "esbuild";

const MODULE = /[\\/]packages[\\/]redteam[\\/]src[\\/]builtin-probe-files\.ts$/;

export const embedProbeLibrary: esbuild.Plugin = {
  name: "embed-probe-library",
  setup(build) {
    build.onLoad({ filter: MODULE }, async (args) => {
      const dir = path.join(path.dirname(args.path), "..", "probes");
      const names = (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
      const files = await Promise.all(
        names.map(async (name) => ({
          file: `@mlops/redteam/probes/${name}`,
          text: await readFile(path.join(dir, name), "utf8"),
        })),
      );
      return {
        contents: `export async function builtinProbeFiles() {\n  return ${JSON.stringify(files, null, 2)};\n}\n`,
        loader: "js",
        watchFiles: names.map((name) => path.join(dir, name)),
      };
    });
  },
};
