/**
 * Writes the JSON Schema of every file format to `schemas/` (`npm run schemas`), or with `--check`
 * fails when a committed schema is stale.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { coreSchemas, toJsonSchema } from "@mlops/core";
import { dataSchemas } from "@mlops/data";
import { llmSchemas } from "@mlops/llm";
import { modelsSchemas } from "@mlops/models";
import { redteamSchemas } from "@mlops/redteam";
import { registrySchemas } from "@mlops/registry";
import { robustnessSchemas } from "@mlops/robustness";

export const SCHEMA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "schemas");

export function generatedSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  const all = {
    ...coreSchemas,
    ...dataSchemas,
    ...llmSchemas,
    ...modelsSchemas,
    ...redteamSchemas,
    ...registrySchemas,
    ...robustnessSchemas,
  };
  for (const [name, { schema, io }] of Object.entries(all).sort(([a], [b]) => a.localeCompare(b))) {
    out.set(`${name}.schema.json`, `${JSON.stringify(toJsonSchema(name, schema, io), null, 2)}\n`);
  }
  return out;
}

export async function staleSchemas(): Promise<string[]> {
  const stale: string[] = [];
  for (const [file, text] of generatedSchemas()) {
    const current = await readFile(path.join(SCHEMA_DIR, file), "utf8").catch(() => undefined);
    if (current !== text) stale.push(file);
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--check")) {
    const stale = await staleSchemas();
    if (stale.length > 0) {
      console.error(`stale schemas: ${stale.join(", ")} — run \`npm run schemas\` and commit the result`);
      process.exit(1);
    }
    console.log("schemas are fresh");
  } else {
    await mkdir(SCHEMA_DIR, { recursive: true });
    for (const [file, text] of generatedSchemas()) await writeFile(path.join(SCHEMA_DIR, file), text);
    console.log(`wrote ${generatedSchemas().size} schemas to schemas/`);
  }
}
