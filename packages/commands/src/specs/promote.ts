import type { PromoteResult } from "../promote/promote-command.ts";
import { defineCommand } from "../spec.ts";
import {
  allowPaths,
  envelopePathOutput,
  githubToken,
  pullRequest,
  registryFolder,
  registryWrites,
  registryWritesFor,
  resultsDir,
} from "./common-inputs.ts";

export const promote = defineCommand({
  name: "promote",
  description:
    "Promote a model in the registry only when every required gate passed for that exact artifact; move the stage's alias and write an audit record.",
  evaluates: "promotion",
  action: true,
  branding: { icon: "award", color: "blue" },
  inputs: {
    config: {
      type: "path",
      description: "Promotion policy file (model, registry, required evidence, ordered stages).",
      default: "promote.yml",
    },
    stage: { type: "string", description: "Stage to promote to. Default: the first stage of the policy." },
    model: {
      type: "path",
      description:
        "The challenger's artifact file (first stage). At later stages, optional: checked against the registered digest.",
    },
    "model-version": {
      type: "string",
      description:
        "Version to register (first stage) or to move up (later stages). Default: the next patch version, or the version at the previous stage.",
    },
    evidence: {
      type: "path",
      description:
        "Directory of the result files computed on the artifact (e.g. the pull request run's results artifact, downloaded).",
      default: ".mlops/results",
    },
    registry: registryFolder,
    "results-dir": resultsDir,
    "registry-writes": registryWrites(
      "commit each promotion to the repository as one commit through the GitHub API (safe for concurrent jobs and reruns)",
    ),
    "dry-run": {
      type: "boolean",
      description: "Decide and report without writing anything.",
      default: "false",
    },
    reason: { type: "string", description: "Why: recorded in the audit log. Default: the stage and model." },
    "pull-request": pullRequest("that was merged, linked from the audit record"),
    "report-url": {
      type: "string",
      description: "Link to the report behind the decision, recorded in the audit record.",
    },
    "github-token": githubToken(
      "Needs contents: write for registry commits, release assets and GTO tags, and actions: read for environment approvals.",
    ),
    "allow-paths": allowPaths,
  },
  outputs: {
    status: {
      description: "pass or warn (promoted, or would be in a dry run), fail (refused) or error.",
      value: (r) => r.status,
    },
    "model-version": {
      description: "The version promoted (or that would be).",
      value: (r: Partial<PromoteResult>) => r.version,
    },
    "previous-version": {
      description: "The version the alias pointed at before.",
      value: (r: Partial<PromoteResult>) => r.previous,
    },
    alias: { description: "The alias moved.", value: (r: Partial<PromoteResult>) => r.alias },
    refusal: {
      description: "Why the promotion was refused, one reason per line.",
      value: (r: Partial<PromoteResult>) => r.refusals?.join("\n"),
    },
    "envelope-path": envelopePathOutput,
  },
  subject: () => ({ type: "model", name: "promotion" }),
  async run(input, io) {
    const { runPromote } = await import("../promote/promote-command.ts");
    const result = await runPromote(
      {
        config: input.config,
        stage: input.stage,
        model: input.model,
        version: input["model-version"],
        evidence: input.evidence,
        registry: input.registry,
        resultsDir: input["results-dir"],
        registryWrites: registryWritesFor(input["registry-writes"], io.env),
        dryRun: input["dry-run"],
        reason: input.reason,
        pullRequest: input["pull-request"],
        reportUrl: input["report-url"],
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
