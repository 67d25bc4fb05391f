import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import { RuntimeFailure, sha256Hex } from "@mlops/core";

/**
 * tiktoken's WebAssembly (5.6 MB) for bundles, which carry only its JavaScript glue: from the installed
 * package when there is one, else from a cache directory filled on first use by `npm pack` of the same
 * version (npm checks the registry's integrity; the file's own hash is checked here too, so the glue
 * never runs a module built for another version).
 */

/** Must match the tiktoken the bundle was built with (a test compares them with node_modules). */
export const TIKTOKEN_VERSION = "1.0.22";
export const TIKTOKEN_WASM_SHA256 = "dedd9a7b5d8d98b44448bedb371ade1c5327f7bb5dd9effe159da816473a415f";
const WASM_IN_TARBALL = "package/tiktoken_bg.wasm";

/** `$RUNNER_TOOL_CACHE/mlops` on Actions runners, else the user's cache directory. */
export function toolCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.RUNNER_TOOL_CACHE) return path.join(env.RUNNER_TOOL_CACHE, "mlops");
  return path.join(env.XDG_CACHE_HOME || path.join(env.HOME || homedir(), ".cache"), "mlops");
}

export async function tiktokenWasm(env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  const installed = installedWasm();
  if (installed) {
    const bytes = await readFile(installed).catch(() => undefined);
    if (bytes) return bytes;
  }
  return cachedTiktokenWasm(toolCacheDir(env), env);
}

function installedWasm(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve("tiktoken/tiktoken_bg.wasm");
  } catch {
    return undefined;
  }
}

/** The cached file, or `npm pack` it into the cache first. */
export async function cachedTiktokenWasm(cacheDir: string, env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  const file = path.join(cacheDir, `tiktoken-${TIKTOKEN_VERSION}`, "tiktoken_bg.wasm");
  const cached = await readFile(file).catch(() => undefined);
  if (cached && sha256Hex(cached) === TIKTOKEN_WASM_SHA256) return cached;
  await mkdir(path.dirname(file), { recursive: true });
  const work = await mkdtemp(`${path.dirname(file)}${path.sep}pack-`);
  try {
    const { stdout } = await promisify(execFile)(
      "npm",
      ["pack", `tiktoken@${TIKTOKEN_VERSION}`, "--pack-destination", work, "--json", "--silent"],
      { cwd: work, env, maxBuffer: 1 << 20 },
    ).catch((e: Error) => {
      throw new RuntimeFailure(`could not fetch tiktoken ${TIKTOKEN_VERSION} with npm: ${e.message}`, {
        hint: "token counts need npm and access to the npm registry on first use (set npm_config_registry for a mirror)",
        cause: e,
      });
    });
    const [packed] = JSON.parse(stdout) as Array<{ filename: string }>;
    const tarball = await readFile(path.join(work, packed?.filename ?? ""));
    const wasm = fileInTar(gunzipSync(tarball), WASM_IN_TARBALL);
    if (!wasm || sha256Hex(wasm) !== TIKTOKEN_WASM_SHA256) {
      throw new RuntimeFailure(
        `tiktoken ${TIKTOKEN_VERSION} from npm does not hold the expected ${WASM_IN_TARBALL}`,
        {
          hint: "check the npm registry (npm_config_registry) serves the genuine package",
        },
      );
    }
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, wasm);
    await rename(tmp, file);
    return wasm;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One regular file out of a ustar archive (npm tarballs: 512-byte headers, octal sizes, name prefixes). */
export function fileInTar(tar: Uint8Array, name: string): Uint8Array | undefined {
  const text = (from: number, length: number) => {
    const bytes = tar.subarray(from, from + length);
    const end = bytes.indexOf(0);
    return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString("utf8");
  };
  for (let at = 0; at + 512 <= tar.length; ) {
    const base = text(at, 100);
    if (!base) return undefined;
    const prefix = text(at + 345, 155);
    const size = Number.parseInt(text(at + 124, 12).trim() || "0", 8);
    const full = prefix ? `${prefix}/${base}` : base;
    if (full === name) return tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}
