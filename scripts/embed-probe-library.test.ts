import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { loadProbeLibrary } from "@mlops/redteam";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { BUNDLE_OPTIONS, ROOT } from "./build.ts";

describe("bundles", () => {
  it("gives a bundle the whole probe library, with no probe files beside it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mlops-embed-"));
    await esbuild.build({
      ...BUNDLE_OPTIONS,
      stdin: {
        contents:
          'import { loadProbeLibrary } from "@mlops/redteam";\nconst lib = await loadProbeLibrary();\nconsole.log(JSON.stringify(lib.probes));',
        resolveDir: ROOT,
        loader: "ts",
      },
      outdir: dir,
      entryNames: "probes",
    });
    await writeFile(path.join(dir, "package.json"), '{"type":"module"}');
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(dir, "probes.js")], {
      cwd: dir,
    });
    expect(JSON.parse(stdout)).toEqual((await loadProbeLibrary()).probes);
  }, 60_000);
});
