/**
 * A stand-in health check for the example: the track's Deployment is "healthy" when it was applied and
 * both it and its pods are labelled with the expected version. Set CHURN_UNHEALTHY_VERSION to a version
 * to watch a rollback happen.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";

interface Deployment {
  metadata?: { labels?: Record<string, string> };
  spec?: { template?: { metadata?: { labels?: Record<string, string> } } };
}

const [track, version] = process.argv.slice(2);
const text = await readFile(path.join(".mlops", "cluster", `${track}-deployment.yaml`), "utf8").catch(
  () => undefined,
);
const deployment = (text === undefined ? undefined : parse(text)) as Deployment | undefined;
const VERSION = "app.kubernetes.io/version";
const labelled = [deployment?.metadata?.labels, deployment?.spec?.template?.metadata?.labels].map(
  (labels) => labels?.[VERSION],
);
if (!labelled.every((v) => v === version)) {
  console.error(
    `${track} does not run ${version} (${text === undefined ? "not applied" : `${VERSION}: ${labelled.join(", ")}`})`,
  );
  process.exit(1);
}
if (process.env.CHURN_UNHEALTHY_VERSION === version) {
  console.error(`${version} answers 503 on /healthz`);
  process.exit(1);
}
console.log(`${track} ${version} is healthy`);
