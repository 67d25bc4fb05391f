/**
 * A stand-in health check for the example: the track's Deployment is "healthy" when it was applied and
 * names the expected version. Set CHURN_UNHEALTHY_VERSION to a version to watch a rollback happen.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

const [track, version] = process.argv.slice(2);
const manifest = await readFile(path.join(".mlops", "cluster", `${track}-deployment.yaml`), "utf8").catch(
  () => "",
);
if (!manifest.includes(`app.kubernetes.io/version: "${version}"`)) {
  console.error(`${track} does not run ${version}`);
  process.exit(1);
}
if (process.env.CHURN_UNHEALTHY_VERSION === version) {
  console.error(`${version} answers 503 on /healthz`);
  process.exit(1);
}
console.log(`${track} ${version} is healthy`);
