/**
 * A stand-in for `kubectl apply -f <dir>` so the example runs without a cluster: it copies the rendered
 * manifests into .mlops/cluster/, which deploy/health.ts then inspects. Replace `apply` in deploy.yml
 * with your real command.
 */
import { copyFile, mkdir, readdir } from "node:fs/promises";
import path from "node:path";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node deploy/apply.ts <manifests-dir>");
  process.exit(2);
}
const cluster = path.join(".mlops", "cluster");
await mkdir(cluster, { recursive: true });
for (const name of (await readdir(dir)).sort()) {
  await copyFile(path.join(dir, name), path.join(cluster, name));
  console.log(`applied ${name}`);
}
