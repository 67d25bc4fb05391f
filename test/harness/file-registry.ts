import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { sha256Hex } from "@mlops/core";

/**
 * A file registry holding one version, 1.0.0 with the alias champion, of `model`, whose artifact is
 * `artifact` (a path inside the registry folder) with `content`.
 */
export async function registryWithChampion(
  registry: string,
  model: string,
  artifact: { uri: string; content: string },
): Promise<void> {
  await mkdir(path.join(registry, "models", model, "versions"), { recursive: true });
  await mkdir(path.dirname(path.join(registry, artifact.uri)), { recursive: true });
  await writeFile(path.join(registry, artifact.uri), artifact.content);
  await writeFile(
    path.join(registry, "models", model, "model.yml"),
    `schemaVersion: 1\nname: ${model}\naliases:\n  champion: 1.0.0\n`,
  );
  await writeFile(
    path.join(registry, "models", model, "versions/1.0.0.yml"),
    `schemaVersion: 1\nversion: 1.0.0\ncreatedAt: 2026-01-01T00:00:00Z\nartifact:\n  uri: ${artifact.uri}\n  sha256: ${sha256Hex(artifact.content)}\n`,
  );
}
