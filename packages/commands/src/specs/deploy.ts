import type { DeployResult } from "../deploy/deploy-command.ts";
import { defineCommand } from "../spec.ts";
import {
  allowEnv,
  allowPaths,
  envelopePathOutput,
  githubToken,
  registryFolder,
  registryWrites,
  registryWritesFor,
  resultsDir,
} from "./common-inputs.ts";

export const deploy = defineCommand({
  name: "deploy",
  description:
    "Roll the registry's champion out (rolling, canary, blue-green or shadow) through a GitHub Deployment, with health checks and automatic rollback.",
  evaluates: "deployment",
  action: true,
  branding: { icon: "upload-cloud", color: "blue" },
  inputs: {
    config: {
      type: "path",
      description:
        "Deploy config file (model, registry, alias, environment, strategy, templates, apply command, health check).",
      default: "deploy.yml",
    },
    "model-version": {
      type: "string",
      description: "Deploy this registered version instead of the alias's.",
    },
    alias: {
      type: "string",
      description: "Deploy this alias's version instead of the config's (e.g. challenger to staging).",
    },
    environment: { type: "string", description: "Deploy to this environment instead of the config's." },
    "out-dir": {
      type: "path",
      description: "Where the rendered manifests are written, one folder per step.",
      default: ".mlops/deploy",
    },
    registry: registryFolder,
    "results-dir": resultsDir,
    "registry-writes": registryWrites(
      "read the registry and commit the deploy state with its audit record through the GitHub API",
    ),
    reason: {
      type: "string",
      description: "Why: recorded in the audit log. Required with override-stage-check.",
    },
    "promote-config": {
      type: "path",
      description:
        "Promote policy whose stage for the environment names the alias a deployed version must hold (default: promote.yml beside the config, if any; else the config's alias).",
    },
    "override-stage-check": {
      type: "boolean",
      description:
        "Deploy a version that does not hold the environment's alias; needs a reason, and the audit record says it was overridden.",
      default: "false",
    },
    "serving-version": {
      type: "string",
      description:
        "The version the environment actually serves, when the registry and GitHub's latest successful deployment disagree and the deploy refuses to start; a failure rolls back to it.",
    },
    "github-token": githubToken(
      "Needs deployments: write for the deployment and its statuses, and contents: write for the audit record.",
    ),
    "allow-paths": allowPaths,
    "allow-env": allowEnv,
  },
  outputs: {
    status: {
      description: "pass (deployed), fail (refused, or failed and rolled back) or error.",
      value: (r) => r.status,
    },
    "model-version": {
      description: "The version deployed (or attempted).",
      value: (r: Partial<DeployResult>) => r.version,
    },
    "previous-version": {
      description: "The version that served before.",
      value: (r: Partial<DeployResult>) => r.previous,
    },
    "already-deployed": {
      description: "true when this deployment had finished before (a rerun): nothing was applied or written.",
      value: (r: Partial<DeployResult>) => String(r.alreadyDeployed ?? false),
    },
    "rolled-back": {
      description: "true when a failed rollout was rolled back to the previous version.",
      value: (r: Partial<DeployResult>) => String(r.rolledBack ?? false),
    },
    "envelope-path": envelopePathOutput,
  },
  subject: () => ({ type: "model", name: "deployment" }),
  async run(input, io) {
    const { runDeploy } = await import("../deploy/deploy-command.ts");
    const result = await runDeploy(
      {
        config: input.config,
        version: input["model-version"],
        alias: input.alias,
        environment: input.environment,
        outDir: input["out-dir"],
        registry: input.registry,
        resultsDir: input["results-dir"],
        registryWrites: registryWritesFor(input["registry-writes"], io.env),
        reason: input.reason,
        promoteConfig: input["promote-config"],
        overrideStageCheck: input["override-stage-check"],
        servingVersion: input["serving-version"],
        token: input["github-token"],
      },
      io,
    );
    return {
      ...result,
      envelopePaths: [result.envelopePath],
      reasons: result.refusals.map((r) => `refused: ${r}`),
    };
  },
});
