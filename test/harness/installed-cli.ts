/**
 * The CLI as a user installs it: the repository packed as npm packs it (what `npm install -D
 * github:org/mlops` installs), installed into a project of its own outside this repository.
 */
import { execFile } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
/** The project's Node 24 first on PATH, as in a user's shell with Node 24 installed. */
export const PATH = `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`;

/** Packs this repository into `dir` and installs the tarball into `dir/project`, a new npm project. */
export async function installCli(dir: string): Promise<string> {
  const project = path.join(dir, "project");
  await mkdir(project);
  await exec("npm", ["pack", "--silent", "--pack-destination", dir], {
    cwd: ROOT,
    env: { ...process.env, PATH },
  });
  const [tarball] = (await readdir(dir)).filter((f) => f.endsWith(".tgz"));
  await writeFile(path.join(project, "package.json"), '{ "name": "user-project", "private": true }\n');
  await exec(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "-D", path.join(dir, tarball!)],
    { cwd: project, env: { ...process.env, PATH } },
  );
  return project;
}

/** Runs a command in the project as a user's shell would, with its exit code instead of a throw. */
export async function runIn(
  project: string,
  command: string,
  args: string[],
  options: { node?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    PATH: options.node ? `${path.dirname(options.node)}${path.delimiter}${PATH}` : PATH,
  };
  try {
    const { stdout, stderr } = await exec(command, args, { cwd: project, env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}
