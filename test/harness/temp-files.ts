import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Writes files into a fresh temporary directory (gzipping names ending in .gz) and returns their paths. */
export async function tempFiles(files: Record<string, string | Uint8Array>): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(tmpdir(), "mlops-files-"));
  const out: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await writeFile(file, name.endsWith(".gz") ? gzipSync(content) : content);
    out[name] = file;
  }
  return out;
}
