import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertInsideWorkspace, ConfigError } from "@mlops/core";
import { stringify } from "yaml";
import type { DeployConfig } from "./deploy-config.ts";
import { renderTemplate } from "./manifest-template.ts";
import type { RolloutStep } from "./rollout-plan.ts";

export interface VersionInfo {
  version: string;
  digest: string;
  artifact: string;
}

const backendName = (model: string, track: string) => `${model}-${track}`;

/**
 * Writes one step's manifests into `dir`: the user's templates (Deployment, Service, …) once per
 * backend, and the Gateway API HTTPRoute that splits traffic by weight (or mirrors it, for shadow).
 */
export async function renderStep(
  config: DeployConfig,
  templatesDir: string,
  step: RolloutStep,
  versions: ReadonlyMap<string, VersionInfo>,
  dir: string,
): Promise<string[]> {
  const names = (
    await readdir(templatesDir).catch(() => {
      throw new ConfigError(`the templates folder ${templatesDir} does not exist`, {
        location: { file: templatesDir, path: "templates" },
        hint: "point templates at a folder of Kubernetes manifest templates (*.yaml)",
      });
    })
  )
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const backend of step.backends) {
    const info = versions.get(backend.version)!;
    const vars = {
      name: backendName(config.model, backend.track),
      model: config.model,
      track: backend.track,
      version: info.version,
      digest: info.digest,
      artifact: info.artifact,
      port: config.route.port,
    };
    for (const n of names) {
      const file = path.join(templatesDir, n);
      assertInsideWorkspace(file, { file });
      const out = path.join(dir, `${backend.track}-${n}`);
      await writeFile(out, renderTemplate(await readFile(file, "utf8"), file, vars));
      written.push(out);
    }
  }
  const route = path.join(dir, "httproute.yaml");
  await writeFile(route, stringify(httpRoute(config, step), { lineWidth: 0 }));
  written.push(route);
  return written;
}

export function httpRoute(config: DeployConfig, step: RolloutStep): Record<string, unknown> {
  const ref = (track: string) => ({ name: backendName(config.model, track), port: config.route.port });
  const served = step.backends.filter((b) => !b.mirror);
  const mirrored = step.backends.filter((b) => b.mirror);
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: { name: config.route.name, labels: { "app.kubernetes.io/name": config.model } },
    spec: {
      parentRefs: [{ name: config.route.gateway }],
      ...(config.route.hostname ? { hostnames: [config.route.hostname] } : {}),
      rules: [
        {
          backendRefs: served.map((b) => ({ ...ref(b.track), weight: b.weight })),
          ...(mirrored.length > 0
            ? {
                filters: mirrored.map((b) => ({
                  type: "RequestMirror",
                  requestMirror: { backendRef: ref(b.track) },
                })),
              }
            : {}),
        },
      ],
    },
  };
}
