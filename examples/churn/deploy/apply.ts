/**
 * A stand-in for `kubectl apply -f <dir>` so the example runs without a cluster: it checks every
 * rendered manifest as the API server would refuse it (see manifest-check.ts), then copies them into
 * .mlops/cluster/, which deploy/health.ts inspects. Nothing is applied unless every file is valid.
 * Replace `apply` in deploy.yml with your real command.
 */
import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { manifestProblems } from "./manifest-check.ts";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node deploy/apply.ts <manifests-dir>");
  process.exit(2);
}
const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
let invalid = 0;
for (const name of names) {
  for (const problem of manifestProblems(await readFile(path.join(dir, name), "utf8"))) {
    console.error(`${path.join(dir, name)}: ${problem}`);
    invalid++;
  }
}
if (invalid > 0) {
  console.error(`nothing applied: ${invalid} problem${invalid === 1 ? "" : "s"} in the rendered manifests`);
  process.exit(1);
}
const cluster = path.join(".mlops", "cluster");
await mkdir(cluster, { recursive: true });
for (const name of names) {
  await copyFile(path.join(dir, name), path.join(cluster, name));
  console.log(`applied ${name}`);
}
