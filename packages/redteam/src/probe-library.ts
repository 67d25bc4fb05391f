import { readFile } from "node:fs/promises";
import { ConfigError, parseLocatedConfigText, throwConfigErrors } from "@mlops/core";
import { builtinProbeFiles, type ProbeFileText } from "./builtin-probe-files.ts";
import { type Probe, probeFileSchema } from "./probe.ts";

export interface ProbeLibrary {
  probes: Probe[];
  /** The files the probes came from, built-in ones first. */
  files: string[];
}

/**
 * The built-in probes plus the user's files (same schema). Each file's problems are located to
 * file:line:column and key; a probe id defined twice is refused with both places.
 */
export async function loadProbeLibrary(opts: { extraFiles?: readonly string[] } = {}): Promise<ProbeLibrary> {
  const files = [
    ...(await builtinProbeFiles()),
    ...(await Promise.all((opts.extraFiles ?? []).map(readUserFile))),
  ];
  const probes: Probe[] = [];
  const seen = new Map<string, Probe>();
  const clashes: ConfigError[] = [];
  for (const { file, text } of files) {
    const { value, locate } = parseLocatedConfigText(text, file, probeFileSchema);
    value.probes.forEach((fields, i) => {
      const at = locate(["probes", i, "id"]);
      const probe: Probe = { ...fields, source: { file, line: at.line ?? 1 } };
      const first = seen.get(probe.id);
      if (first) {
        clashes.push(
          new ConfigError(
            `probe id "${probe.id}" is already defined at ${first.source.file}:${first.source.line}`,
            {
              location: at,
              hint: "give the probe its own id; a user file extends the library and cannot replace a probe",
            },
          ),
        );
        return;
      }
      seen.set(probe.id, probe);
      probes.push(probe);
    });
  }
  throwConfigErrors(clashes);
  return { probes, files: files.map((f) => f.file) };
}

async function readUserFile(file: string): Promise<ProbeFileText> {
  try {
    return { file, text: await readFile(file, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === "ENOENT" ? "probe file not found" : `cannot read probe file (${code ?? String(e)})`,
      {
        location: { file },
        hint: "check the path; relative paths are resolved from the working directory",
      },
    );
  }
}
