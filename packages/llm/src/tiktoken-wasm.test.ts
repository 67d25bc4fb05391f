import { createHash } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cachedTiktokenWasm, fileInTar, TIKTOKEN_VERSION, TIKTOKEN_WASM_SHA256 } from "./tiktoken-wasm.ts";
import { createTokenCounter } from "./tokens.ts";

const MODULES = path.resolve(import.meta.dirname, "../../../node_modules/tiktoken");

function tarEntry(name: string, data: Uint8Array): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write("0000644\0", 100);
  header.write(`${data.length.toString(8).padStart(11, "0")}\0`, 124);
  header.write("        ", 148);
  header.write("0", 156);
  header.write("ustar\u000000", 257);
  const sum = header.reduce((n, b) => n + b, 0);
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return Buffer.concat([header, data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}

/** A loopback npm registry serving one tiktoken version whose tarball holds `wasm`. */
async function registry(wasm: Uint8Array): Promise<{ url: string; hits: () => number; close(): void }> {
  const manifest = Buffer.from(JSON.stringify({ name: "tiktoken", version: TIKTOKEN_VERSION }));
  const tgz = gzipSync(
    Buffer.concat([
      tarEntry("package/package.json", manifest),
      tarEntry("package/tiktoken_bg.wasm", wasm),
      Buffer.alloc(1024),
    ]),
  );
  let tarballs = 0;
  const server = http.createServer((req, res) => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === "/tiktoken") {
      const integrity = `sha512-${createHash("sha512").update(tgz).digest("base64")}`;
      const version = {
        name: "tiktoken",
        version: TIKTOKEN_VERSION,
        dist: { tarball: `${origin}/tiktoken.tgz`, integrity },
      };
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          name: "tiktoken",
          "dist-tags": { latest: TIKTOKEN_VERSION },
          versions: { [TIKTOKEN_VERSION]: version },
        }),
      );
    } else if (req.url === "/tiktoken.tgz") {
      tarballs++;
      res.end(tgz);
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    hits: () => tarballs,
    close: () => server.close(),
  };
}

const npmEnv = async (registryUrl: string): Promise<NodeJS.ProcessEnv> => ({
  PATH: process.env.PATH,
  HOME: await mkdtemp(path.join(tmpdir(), "npm-home-")),
  npm_config_registry: registryUrl,
  npm_config_cache: await mkdtemp(path.join(tmpdir(), "npm-cache-")),
});

describe("tiktoken's wasm for bundles", () => {
  it("pins the version and file of the installed tiktoken", async () => {
    const pkg = JSON.parse(await readFile(path.join(MODULES, "package.json"), "utf8")) as { version: string };
    expect(pkg.version).toBe(TIKTOKEN_VERSION);
    const wasm = await readFile(path.join(MODULES, "tiktoken_bg.wasm"));
    expect(createHash("sha256").update(wasm).digest("hex")).toBe(TIKTOKEN_WASM_SHA256);
  });

  it("fetches it once with npm pack into the cache, then counts exactly from it", async () => {
    const wasm = await readFile(path.join(MODULES, "tiktoken_bg.wasm"));
    const reg = await registry(wasm);
    try {
      const cacheDir = await mkdtemp(path.join(tmpdir(), "tool-cache-"));
      const env = await npmEnv(reg.url);
      const first = await cachedTiktokenWasm(cacheDir, env);
      expect(Buffer.from(first).equals(wasm)).toBe(true);
      const again = await cachedTiktokenWasm(cacheDir, {
        ...env,
        npm_config_registry: "http://127.0.0.1:1/",
      });
      expect(Buffer.from(again).equals(wasm)).toBe(true);
      expect(reg.hits()).toBe(1);
      const counter = await createTokenCounter("gpt-4o", env);
      expect(counter.exact).toBe(true);
      expect(counter.count("hello world")).toBe(2);
      counter.free();
    } finally {
      reg.close();
    }
  }, 60_000);

  it("refuses a tarball whose wasm is not the pinned one", async () => {
    const reg = await registry(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    try {
      const cacheDir = await mkdtemp(path.join(tmpdir(), "tool-cache-"));
      await expect(cachedTiktokenWasm(cacheDir, await npmEnv(reg.url))).rejects.toThrow(
        /does not hold the expected/,
      );
    } finally {
      reg.close();
    }
  }, 60_000);

  it("reads one file out of a tar archive", () => {
    const tar = Buffer.concat([
      tarEntry("package/a.txt", Buffer.from("a")),
      tarEntry("package/b.txt", Buffer.from("bb")),
      Buffer.alloc(1024),
    ]);
    expect(Buffer.from(fileInTar(tar, "package/b.txt") ?? []).toString()).toBe("bb");
    expect(fileInTar(tar, "package/c.txt")).toBeUndefined();
  });
});
