import { DEFAULT_RESULTS_DIR } from "@mlops/core";
import type { InputSpec } from "../spec.ts";

/** Inputs several commands share, declared once so they read and document the same everywhere. */

export const resultsDir = {
  type: "path",
  description: "Where to write the result files (JSON envelopes) that the report reads.",
  default: DEFAULT_RESULTS_DIR,
} as const satisfies InputSpec;

export const recordAgreement = {
  type: "boolean",
  description:
    "Record each suite's measured agreement with its human labels beside the prompt (agreement.json: prompt → version → accuracy, kappa, n, date), for evals graded by that prompt to show.",
  default: "false",
  only: "cli",
} as const satisfies InputSpec;

export const failOn = {
  type: "choice",
  choices: ["fail", "warn", "never"],
  description:
    "Exit non-zero when the status is at least this bad: fail (fail or error), warn, or never (errors always do).",
  default: "fail",
} as const satisfies InputSpec;

export const githubToken = (needs: string) =>
  ({
    type: "string",
    description: `GitHub token. ${needs}`,
    secret: true,
    // A workflow expression the runner evaluates, not a template string.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: see above
    actionDefault: "${{ github.token }}",
    env: "GITHUB_TOKEN",
  }) as const satisfies InputSpec;

export const pullRequest = (what: string) =>
  ({
    type: "positive-integer",
    description: `Number of the pull request ${what}.`,
  }) as const satisfies InputSpec;

export const statusOutput = {
  description: "pass, warn, fail or error.",
  value: (r: { status: string }) => r.status,
};

/** The first result file, for commands that write one. */
export const envelopePathOutput = {
  description: "Path of the result file (JSON envelope).",
  value: (r: { envelopePaths: string[] }) => r.envelopePaths[0],
};

export const registryWrites = (api: string) =>
  ({
    type: "choice",
    choices: ["auto", "api", "local"],
    description: `api: ${api}; local: use the workspace files; auto: api inside GitHub Actions, local elsewhere.`,
    default: "auto",
  }) as const satisfies InputSpec;

export function registryWritesFor(value: "auto" | "api" | "local", env: NodeJS.ProcessEnv): "api" | "local" {
  if (value !== "auto") return value;
  return env.GITHUB_ACTIONS === "true" ? "api" : "local";
}

export const registryFolder = {
  type: "path",
  description: "Use this registry folder instead of the config's (e.g. a scratch copy).",
  only: "cli",
} as const satisfies InputSpec;

/** Every command that reads or writes files names the folders outside the workspace it may use. */
export const allowPaths = {
  type: "list",
  description:
    "Folders outside the workspace that paths may lead to (comma- or newline-separated), e.g. the runner's temp folder. In GitHub Actions every other path that leaves the workspace, through a symlink too, is refused: path inputs, paths a config names, and the files in the folders they name.",
} as const satisfies InputSpec;

/** Commands that run what a config names say which of the step's secrets those configs may pass on. */
export const allowEnv = {
  type: "list",
  description: `Variables of the step that a config's \`env:\` may pass as \`\${NAME}\` to the commands it runs (training, predict, apply, health), e.g. a cluster credential (comma- or newline-separated). In GitHub Actions a \`\${NAME}\` of any other variable that looks secret, by name or by value, is refused; variables that do not look secret are inherited by the commands anyway and may be passed.`,
} as const satisfies InputSpec;

/** Commands that compare with the registry's champion take another reference on request. */
export const championRef = {
  type: "string",
  description:
    "Registry reference to compare with, e.g. churn@champion or churn@1.2.0 (default: champion.ref in the config).",
} as const satisfies InputSpec;

export const championVersionOutput = {
  description: "Registry version of the champion it was compared with; empty for the first model.",
  value: (r: { status: string; championVersion?: string }) => r.championVersion,
};

/**
 * The inputs, after its config file, of every command that scores a challenger against the registry's
 * champion (train-validate, evaluate-bias, evaluate-robustness); `model` says what the file replaces.
 */
export const comparedModelInputs = (modelDescription: string) =>
  ({
    "results-dir": resultsDir,
    model: { type: "path", description: modelDescription },
    champion: championRef,
    "fail-on": failOn,
    "allow-paths": allowPaths,
    "allow-env": allowEnv,
  }) as const satisfies Record<string, InputSpec>;

/** What those commands' `run` receives from those inputs. */
export const comparedModelOptions = (input: {
  config: string;
  "results-dir": string;
  model?: string | undefined;
  champion?: string | undefined;
}) => ({
  config: input.config,
  resultsDir: input["results-dir"],
  model: input.model,
  champion: input.champion,
});
