import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as z from "zod";
import { loadConfigFile } from "./config-loader.ts";
import { formatError } from "./errors.ts";
import {
  assertInsideWorkspace,
  ConfigPathSchema,
  confineReads,
  outsideWorkspace,
} from "./workspace-paths.ts";

const Schema = z.object({ data: z.object({ path: ConfigPathSchema }) });

let root: string;
let ws: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "workspace-paths-"));
  ws = path.join(root, "ws");
  await mkdir(path.join(ws, "configs"), { recursive: true });
  await mkdir(path.join(root, "outside"));
  await writeFile(path.join(root, "outside", "secret.txt"), "OUTSIDE");
  await symlink(path.join(root, "outside", "secret.txt"), path.join(ws, "configs", "linked.csv"));
  await mkdir(path.join(root, "shared"));
});
afterEach(() => confineReads(undefined));

async function load(dataPath: string) {
  const file = path.join(ws, "configs", "c.yml");
  await writeFile(file, `# a config\ndata:\n  path: ${JSON.stringify(dataPath)}\n`);
  return loadConfigFile(file, Schema).then(
    (config) => config.data.path,
    (e: unknown) => formatError(e),
  );
}

describe("config paths in a confined run", () => {
  beforeEach(() => confineReads({ cwd: ws, workspace: ws, allowed: ["../shared"] }));

  it.each([
    ["a link to a file outside", "linked.csv", "outside/secret.txt"],
    ["a path that climbs out", "../../outside/secret.txt", "outside/secret.txt"],
    ["an absolute path", "/etc/passwd", "/etc/passwd"],
  ])("refuses %s, located to the field and never read", async (_, given, to) => {
    const message = await load(given);
    expect(message).toMatch(/configs\/c\.yml:3:9 \(data\.path\): leads outside the workspace, to \S+/);
    expect(message).toContain(to);
    expect(message).toMatch(/hint: .*allow-paths/);
    expect(message).not.toContain("OUTSIDE\n");
  });

  it("takes paths inside the workspace, relative to the config, and inside the allowed folders", async () => {
    expect(await load("data.csv")).toBe("data.csv");
    expect(await load("../../shared/data.csv")).toBe("../../shared/data.csv");
  });

  it("refuses a file found in a folder when it leads outside", () => {
    const file = path.join(ws, "configs", "linked.csv");
    expect(outsideWorkspace(file)).toBe(path.join(root, "outside", "secret.txt"));
    expect(() => assertInsideWorkspace(file, { file })).toThrow(
      /leads outside the workspace.*it was not read/,
    );
    expect(() => assertInsideWorkspace(path.join(ws, "configs", "c.yml"), { file })).not.toThrow();
  });
});

describe("config paths outside a workflow", () => {
  it("are the author's own: nothing is refused", async () => {
    expect(await load("../../outside/secret.txt")).toBe("../../outside/secret.txt");
    expect(outsideWorkspace("/etc/passwd")).toBeUndefined();
  });
});
