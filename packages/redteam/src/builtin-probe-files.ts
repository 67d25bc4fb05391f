import { readdir, readFile } from "node:fs/promises";

export interface ProbeFileText {
  /** The name messages show for the file. */
  file: string;
  text: string;
}

/**
 * The library's YAML files, read from the package. The bundler replaces this module with one that holds
 * the same files' text (scripts/embed-probe-library.ts), so a bundled action needs no files beside it.
 */
export async function builtinProbeFiles(): Promise<ProbeFileText[]> {
  const dir = new URL("../probes/", import.meta.url);
  const names = (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
  return Promise.all(
    names.map(async (name) => ({
      file: `@mlops/redteam/probes/${name}`,
      text: await readFile(new URL(name, dir), "utf8"),
    })),
  );
}
