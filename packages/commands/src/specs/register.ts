import type { RegisterResult } from "../register/register-command.ts";
import { defineCommand } from "../spec.ts";
import {
  allowPaths,
  githubToken,
  registryFolder,
  registryWrites,
  registryWritesFor,
} from "./common-inputs.ts";

export const register = defineCommand({
  name: "register",
  description:
    "Adopt the model already in production: store its artifact, register it as a version marked as predating the gates, point the stage's alias at it and write an audit record, in one registry change.",
  action: true,
  branding: { icon: "log-in", color: "blue" },
  inputs: {
    model: {
      type: "path",
      description: "The artifact file of the model in use.",
      required: true,
    },
    reason: {
      type: "string",
      description: "Why it is adopted without gates: recorded in the version file and the audit log.",
      required: true,
    },
    config: {
      type: "path",
      description: "Promotion policy naming the model, its registry and stages (e.g. promote.yml).",
    },
    name: {
      type: "string",
      description:
        "The model's name, when there is no promotion policy yet (the registry is then registry/).",
    },
    stage: {
      type: "string",
      description:
        "Stage of the policy to put it at, by name or alias (default: the last), or the alias itself without a policy (default: champion).",
    },
    "model-version": {
      type: "string",
      description: "Version to register. Default: the next patch version (1.0.0 for the first).",
    },
    replace: {
      type: "boolean",
      description: "Move the alias even when it already points at a version (the audit record names it).",
      default: "false",
    },
    registry: registryFolder,
    "registry-writes": registryWrites(
      "commit the adoption to the repository as one commit through the GitHub API",
    ),
    "github-token": githubToken("Needs contents: write for registry commits and release assets."),
    "allow-paths": allowPaths,
  },
  outputs: {
    status: { description: "pass (adopted, or adopted before) or error.", value: (r) => r.status },
    "model-version": {
      description: "The version the model was registered as.",
      value: (r: Partial<RegisterResult>) => r.version,
    },
    alias: { description: "The alias that points at it.", value: (r: Partial<RegisterResult>) => r.alias },
    "previous-version": {
      description: "The version the alias pointed at before (with replace).",
      value: (r: Partial<RegisterResult>) => r.previous,
    },
  },
  async run(input, io) {
    const { runRegister } = await import("../register/register-command.ts");
    return runRegister(
      {
        model: input.model,
        reason: input.reason,
        config: input.config,
        name: input.name,
        stage: input.stage,
        version: input["model-version"],
        replace: input.replace,
        registry: input.registry,
        registryWrites: registryWritesFor(input["registry-writes"], io.env),
        token: input["github-token"],
      },
      io,
    );
  },
});
