import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  Cancelled,
  InputError,
  errorEnvelope,
  parseInput,
  relativeLocation
} from "./chunk-CNVH75I3.js";
import {
  runLineage
} from "./chunk-M4EWOKBN.js";
import {
  DEFAULT_RESULTS_DIR,
  envelopeFileName,
  readEnvelopeFile,
  writeEnvelope
} from "./chunk-XSUZOP4V.js";
import {
  escapeCommandData,
  escapeCommandProperty,
  neutraliseCommands
} from "./chunk-6FBGY4P7.js";
import {
  allowEnvReferences
} from "./chunk-G4QNM2E2.js";
import {
  redact,
  registerSecret
} from "./chunk-PYTCQQ7B.js";
import {
  confineReads,
  outsideWorkspace
} from "./chunk-FJY5M3V4.js";
import {
  formatError
} from "./chunk-CYLWIE3E.js";

// packages/core/src/logger.ts
function annotationProperties(loc) {
  if (!loc) return "";
  const props = [`file=${escapeCommandProperty(redact(loc.file))}`];
  if (loc.line !== void 0) props.push(`line=${loc.line}`);
  if (loc.column !== void 0) props.push(`col=${loc.column}`);
  return ` ${props.join(",")}`;
}
function createLogger(options = {}) {
  const github = options.github ?? process.env.GITHUB_ACTIONS === "true";
  const debugOn = options.debug ?? (process.env.RUNNER_DEBUG === "1" || process.env.MLOPS_DEBUG === "1");
  const write = options.write ?? ((text2) => process.stdout.write(text2));
  const command = (name, message) => write(`::${name}::${escapeCommandData(redact(message))}
`);
  const text = (message) => write(`${neutraliseCommands(redact(message))}
`);
  return {
    github,
    debug(message) {
      if (github) command("debug", message);
      else if (debugOn) text(`debug: ${message}`);
    },
    info(message) {
      text(message);
    },
    warn(message, location) {
      if (github) command(`warning${annotationProperties(location)}`, message);
      else text(`warning: ${message}`);
    },
    error(message, location) {
      if (github) command(`error${annotationProperties(location)}`, message);
      else text(`error: ${message}`);
    },
    async group(title, fn) {
      if (github) command("group", title);
      else text(`▸ ${title}`);
      try {
        return await fn();
      } finally {
        if (github) write("::endgroup::\n");
      }
    },
    mask(secret) {
      registerSecret(secret);
      if (github && secret) {
        for (const part of secret.split(/\r\n|\r|\n/))
          if (part) write(`::add-mask::${escapeCommandData(part)}
`);
      }
    }
  };
}
function logFailure(logger, e) {
  const text = formatError(e, { stack: process.env.MLOPS_DEBUG === "1" });
  const loc = e.location;
  logger.error(text, loc);
}

// packages/commands/src/spec.ts
function defineCommand(spec) {
  return spec;
}
function exitCodeFor(status, failOn2 = "fail") {
  if (status === "error") return 1;
  if (status === "fail") return failOn2 === "never" ? 0 : 1;
  if (status === "warn") return failOn2 === "warn" ? 1 : 0;
  return 0;
}

// packages/commands/src/specs/common-inputs.ts
var resultsDir = {
  type: "path",
  description: "Where to write the result files (JSON envelopes) that the report reads.",
  default: DEFAULT_RESULTS_DIR
};
var recordAgreement = {
  type: "boolean",
  description: "Record each suite's measured agreement with its human labels beside the prompt (agreement.json: prompt → version → accuracy, kappa, n, date), for evals graded by that prompt to show.",
  default: "false",
  only: "cli"
};
var failOn = {
  type: "choice",
  choices: ["fail", "warn", "never"],
  description: "Exit non-zero when the status is at least this bad: fail (fail or error), warn, or never (errors always do).",
  default: "fail"
};
var githubToken = (needs) => ({
  type: "string",
  description: `GitHub token. ${needs}`,
  secret: true,
  // A workflow expression the runner evaluates, not a template string.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: see above
  actionDefault: "${{ github.token }}",
  env: "GITHUB_TOKEN"
});
var pullRequest = (what) => ({
  type: "positive-integer",
  description: `Number of the pull request ${what}.`
});
var statusOutput = {
  description: "pass, warn, fail or error.",
  value: (r) => r.status
};
var envelopePathOutput = {
  description: "Path of the result file (JSON envelope).",
  value: (r) => r.envelopePaths[0]
};
var registryWrites = (api) => ({
  type: "choice",
  choices: ["auto", "api", "local"],
  description: `api: ${api}; local: use the workspace files; auto: api inside GitHub Actions, local elsewhere.`,
  default: "auto"
});
function registryWritesFor(value, env) {
  if (value !== "auto") return value;
  return env.GITHUB_ACTIONS === "true" ? "api" : "local";
}
var registryFolder = {
  type: "path",
  description: "Use this registry folder instead of the config's (e.g. a scratch copy).",
  only: "cli"
};
var allowPaths = {
  type: "list",
  description: "Folders outside the workspace that paths may lead to (comma- or newline-separated), e.g. the runner's temp folder. In GitHub Actions every other path that leaves the workspace, through a symlink too, is refused: path inputs, paths a config names, and the files in the folders they name."
};
var allowEnv = {
  type: "list",
  description: `Variables of the step that a config's \`env:\` may pass as \`\${NAME}\` to the commands it runs (training, predict, apply, health), e.g. a cluster credential (comma- or newline-separated). In GitHub Actions a \`\${NAME}\` of any other variable that looks secret, by name or by value, is refused; variables that do not look secret are inherited by the commands anyway and may be passed.`
};
var championRef = {
  type: "string",
  description: "Registry reference to compare with, e.g. churn@champion or churn@1.2.0 (default: champion.ref in the config)."
};
var championVersionOutput = {
  description: "Registry version of the champion it was compared with; empty for the first model.",
  value: (r) => r.championVersion
};
var comparedModelInputs = (modelDescription) => ({
  "results-dir": resultsDir,
  model: { type: "path", description: modelDescription },
  champion: championRef,
  "fail-on": failOn,
  "allow-paths": allowPaths,
  "allow-env": allowEnv
});
var comparedModelOptions = (input) => ({
  config: input.config,
  resultsDir: input["results-dir"],
  model: input.model,
  champion: input.champion
});

// packages/commands/src/specs/deploy.ts
var deploy = defineCommand({
  name: "deploy",
  description: "Roll the registry's champion out (rolling, canary, blue-green or shadow) through a GitHub Deployment, with health checks and automatic rollback.",
  evaluates: "deployment",
  action: true,
  branding: { icon: "upload-cloud", color: "blue" },
  inputs: {
    config: {
      type: "path",
      description: "Deploy config file (model, registry, alias, environment, strategy, templates, apply command, health check).",
      default: "deploy.yml"
    },
    "model-version": {
      type: "string",
      description: "Deploy this registered version instead of the alias's."
    },
    alias: {
      type: "string",
      description: "Deploy this alias's version instead of the config's (e.g. challenger to staging)."
    },
    environment: { type: "string", description: "Deploy to this environment instead of the config's." },
    "out-dir": {
      type: "path",
      description: "Where the rendered manifests are written, one folder per step.",
      default: ".mlops/deploy"
    },
    registry: registryFolder,
    "results-dir": resultsDir,
    "registry-writes": registryWrites(
      "read the registry and commit the deploy state with its audit record through the GitHub API"
    ),
    reason: {
      type: "string",
      description: "Why: recorded in the audit log. Required with override-stage-check."
    },
    "promote-config": {
      type: "path",
      description: "Promote policy whose stage for the environment names the alias a deployed version must hold (default: promote.yml beside the config, if any; else the config's alias)."
    },
    "override-stage-check": {
      type: "boolean",
      description: "Deploy a version that does not hold the environment's alias; needs a reason, and the audit record says it was overridden.",
      default: "false"
    },
    "serving-version": {
      type: "string",
      description: "The version the environment actually serves, when the registry and GitHub's latest successful deployment disagree and the deploy refuses to start; a failure rolls back to it."
    },
    "github-token": githubToken(
      "Needs deployments: write for the deployment and its statuses, and contents: write for the audit record."
    ),
    "allow-paths": allowPaths,
    "allow-env": allowEnv
  },
  outputs: {
    status: {
      description: "pass (deployed), fail (refused, or failed and rolled back) or error.",
      value: (r) => r.status
    },
    "model-version": {
      description: "The version deployed (or attempted).",
      value: (r) => r.version
    },
    "previous-version": {
      description: "The version that served before.",
      value: (r) => r.previous
    },
    "already-deployed": {
      description: "true when this deployment had finished before (a rerun): nothing was applied or written.",
      value: (r) => String(r.alreadyDeployed ?? false)
    },
    "rolled-back": {
      description: "true when a failed rollout was rolled back to the previous version.",
      value: (r) => String(r.rolledBack ?? false)
    },
    "envelope-path": envelopePathOutput
  },
  subject: () => ({ type: "model", name: "deployment" }),
  async run(input, io) {
    const { runDeploy } = await import("./deploy-command-MF4RYJQN.js");
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
        token: input["github-token"]
      },
      io
    );
    return {
      ...result,
      envelopePaths: [result.envelopePath],
      reasons: result.refusals.map((r) => `refused: ${r}`)
    };
  }
});

// packages/commands/src/specs/evaluate-bias.ts
var evaluateBias = defineCommand({
  name: "evaluate-bias",
  description: "Measure group fairness of the challenger model (per-group rates, Fairlearn disparities over sensitive columns and their intersections, bootstrap intervals), compare with the registry's champion, and gate it.",
  evaluates: "bias",
  action: true,
  branding: { icon: "users", color: "purple" },
  inputs: {
    config: {
      type: "path",
      description: "The evaluate-bias config file (YAML or JSON): model and scorer, data with label and sensitive columns, fairness options, gates.",
      default: "evaluate-bias.yml"
    },
    ...comparedModelInputs("Evaluate this model file instead of challenger.model.")
  },
  outputs: {
    status: statusOutput,
    "envelope-path": envelopePathOutput,
    "champion-version": championVersionOutput
  },
  subject: () => ({ type: "model", name: "challenger" }),
  async run(input, io) {
    const { runEvaluateBias } = await import("./evaluate-bias-command-7HQBHDD6.js");
    const result = await runEvaluateBias(comparedModelOptions(input), io);
    return { ...result, envelopePaths: [result.envelopePath] };
  }
});

// packages/commands/src/specs/evaluate-llm.ts
var evaluateLlm = defineCommand({
  name: "evaluate-llm",
  aliases: ["eval"],
  description: "Evaluate prompts with their eval suites — quality assertions, latency, tokens and cost — against the base version of each changed prompt.",
  evaluates: "llm-eval",
  action: true,
  branding: { icon: "message-square", color: "blue" },
  inputs: {
    suites: {
      type: "string",
      description: "Eval suite files: a glob or comma-separated paths.",
      default: "evals/*.yaml"
    },
    base: {
      type: "string",
      description: "Git ref of the base version to compare with. Default in a pull request: origin/<base branch> (check out with fetch-depth: 0)."
    },
    "only-changed": {
      type: "boolean",
      description: "With a base, evaluate only prompts whose content, or a partial they include, changed.",
      default: "true"
    },
    "results-dir": resultsDir,
    "cache-dir": {
      type: "path",
      description: "Response cache and checkpoints; save and restore it with actions/cache.",
      default: ".mlops/llm-cache"
    },
    cache: {
      type: "choice",
      choices: ["use", "refresh", "off"],
      description: "use (read and write), refresh (write only) or off.",
      default: "use"
    },
    shard: {
      type: "string",
      description: "Run one of n deterministic shards, e.g. 2/4 in a matrix; combine with `mlops merge`."
    },
    "shard-dir": { type: "path", description: "Where shard files go.", default: ".mlops/llm-shards" },
    junit: { type: "path", description: "Also write JUnit XML to this path." },
    "dry-run": {
      type: "boolean",
      description: "Count calls, tokens and cost without calling any model; fails when the estimate exceeds a budget of a suite.",
      default: "false"
    },
    concurrency: {
      type: "positive-integer",
      description: "Requests in flight per provider, overriding the suites."
    },
    "lock-file": {
      type: "path",
      description: "Prompt lock file checked for staleness. Default: prompts.lock.json beside the prompts folder."
    },
    "update-lock": {
      type: "boolean",
      description: "Write the prompt lock file from the prompt files.",
      default: "false",
      only: "cli"
    },
    "record-agreement": recordAgreement,
    "allow-api-key-env": {
      type: "list",
      description: "Variables a suite may name as api_key_env besides OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, GROQ_API_KEY, MISTRAL_API_KEY, TOGETHER_API_KEY, OPENROUTER_API_KEY and DEEPSEEK_API_KEY (comma- or newline-separated). Runner and GitHub tokens are never allowed."
    },
    "allow-hosts": {
      type: "list",
      description: "Hosts an API key may be sent to besides its provider's own and loopback, e.g. a proxy (comma- or newline-separated; *.example.com for subdomains). A suite whose base_url leads a key elsewhere is refused."
    },
    "fail-on": failOn,
    "allow-paths": allowPaths
  },
  outputs: {
    status: statusOutput,
    "result-paths": {
      description: "Result files written, one per line.",
      value: (r) => r.envelopePaths.join("\n")
    },
    "junit-path": {
      description: "Path of the JUnit XML, when written.",
      value: (r) => r.junitPath
    },
    "shard-path": {
      description: "Path of the shard file, when sharded.",
      value: (r) => r.shardPath
    },
    "cost-usd": {
      description: "Total cost of the model calls in USD (the estimate in a dry run); empty when a model has no price.",
      value: (r) => r.estimate ? r.estimate.costUsd?.toString() : costOf(r.results ?? [])
    }
  },
  subject: (input) => ({ type: "prompt", name: input.suites }),
  async run(input, io) {
    const { runEvaluateLlm } = await import("./eval-command-OGZHDX5R.js");
    const result = await runEvaluateLlm(
      {
        suites: input.suites,
        base: input.base,
        onlyChanged: input["only-changed"],
        resultsDir: input["results-dir"],
        cacheDir: input["cache-dir"],
        cache: input.cache,
        shard: input.shard,
        shardDir: input["shard-dir"],
        junit: input.junit,
        dryRun: input["dry-run"],
        concurrency: input.concurrency,
        lockFile: input["lock-file"],
        updateLock: input["update-lock"],
        allowApiKeyEnv: input["allow-api-key-env"],
        allowHosts: input["allow-hosts"],
        recordAgreement: input["record-agreement"]
      },
      io
    );
    if (result.junitPath) io.logger.info(`junit: ${result.junitPath}`);
    return result;
  }
});
function costOf(results) {
  if (results.some((r) => r.usage && r.costUsd === void 0)) return void 0;
  return String(Number(results.reduce((n, r) => n + (r.costUsd ?? 0), 0).toPrecision(6)));
}

// packages/commands/src/specs/evaluate-robustness.ts
var evaluateRobustness = defineCommand({
  name: "evaluate-robustness",
  description: "Perturb evaluation rows (jitter, noise, category swaps, missing values, unit slips), run behavioural tests and a decision-based boundary attack, count the challenger's changed decisions with Wilson intervals, compare with the registry's champion on the same rows, and gate it.",
  evaluates: "robustness",
  action: true,
  branding: { icon: "shield", color: "orange" },
  inputs: {
    config: {
      type: "path",
      description: "The evaluate-robustness config file (YAML or JSON): model and scorer, data, immutable columns, detectors, gates.",
      default: "evaluate-robustness.yml"
    },
    ...comparedModelInputs("Evaluate this model file instead of challenger.model.")
  },
  outputs: {
    status: statusOutput,
    "envelope-path": envelopePathOutput,
    "champion-version": championVersionOutput
  },
  subject: () => ({ type: "model", name: "challenger" }),
  async run(input, io) {
    const { runEvaluateRobustness } = await import("./evaluate-robustness-command-V6HPASXC.js");
    const result = await runEvaluateRobustness(comparedModelOptions(input), io);
    return { ...result, envelopePaths: [result.envelopePath] };
  }
});

// packages/commands/src/specs/promote.ts
var promote = defineCommand({
  name: "promote",
  description: "Promote a model in the registry only when every required gate passed for that exact artifact; move the stage's alias and write an audit record.",
  evaluates: "promotion",
  action: true,
  branding: { icon: "award", color: "blue" },
  inputs: {
    config: {
      type: "path",
      description: "Promotion policy file (model, registry, required evidence, ordered stages).",
      default: "promote.yml"
    },
    stage: { type: "string", description: "Stage to promote to. Default: the first stage of the policy." },
    model: {
      type: "path",
      description: "The challenger's artifact file (first stage). At later stages, optional: checked against the registered digest."
    },
    "model-version": {
      type: "string",
      description: "Version to register (first stage) or to move up (later stages). Default: the next patch version, or the version at the previous stage."
    },
    evidence: {
      type: "path",
      description: "Directory of the result files computed on the artifact (e.g. the pull request run's results artifact, downloaded).",
      default: ".mlops/results"
    },
    registry: registryFolder,
    "results-dir": resultsDir,
    "registry-writes": registryWrites(
      "commit each promotion to the repository as one commit through the GitHub API (safe for concurrent jobs and reruns)"
    ),
    "dry-run": {
      type: "boolean",
      description: "Decide and report without writing anything.",
      default: "false"
    },
    reason: { type: "string", description: "Why: recorded in the audit log. Default: the stage and model." },
    "pull-request": pullRequest("that was merged, linked from the audit record"),
    "report-url": {
      type: "string",
      description: "Link to the report behind the decision, recorded in the audit record."
    },
    "github-token": githubToken(
      "Needs contents: write for registry commits, release assets and GTO tags, and actions: read for environment approvals."
    ),
    "allow-paths": allowPaths
  },
  outputs: {
    status: {
      description: "pass or warn (promoted, or would be in a dry run), fail (refused) or error.",
      value: (r) => r.status
    },
    "model-version": {
      description: "The version promoted (or that would be).",
      value: (r) => r.version
    },
    "previous-version": {
      description: "The version the alias pointed at before.",
      value: (r) => r.previous
    },
    alias: { description: "The alias moved.", value: (r) => r.alias },
    refusal: {
      description: "Why the promotion was refused, one reason per line.",
      value: (r) => r.refusals?.join("\n")
    },
    "envelope-path": envelopePathOutput
  },
  subject: () => ({ type: "model", name: "promotion" }),
  async run(input, io) {
    const { runPromote } = await import("./promote-command-OPAK72NL.js");
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
        token: input["github-token"]
      },
      io
    );
    return {
      ...result,
      envelopePaths: [result.envelopePath],
      reasons: result.refusals.map((r) => `refused: ${r}`)
    };
  }
});

// packages/commands/src/specs/register.ts
var register = defineCommand({
  name: "register",
  description: "Adopt the model already in production: store its artifact, register it as a version marked as predating the gates, point the stage's alias at it and write an audit record, in one registry change.",
  action: true,
  branding: { icon: "log-in", color: "blue" },
  inputs: {
    model: {
      type: "path",
      description: "The artifact file of the model in use.",
      required: true
    },
    reason: {
      type: "string",
      description: "Why it is adopted without gates: recorded in the version file and the audit log.",
      required: true
    },
    config: {
      type: "path",
      description: "Promotion policy naming the model, its registry and stages (e.g. promote.yml)."
    },
    name: {
      type: "string",
      description: "The model's name, when there is no promotion policy yet (the registry is then registry/)."
    },
    stage: {
      type: "string",
      description: "Stage of the policy to put it at, by name or alias (default: the last), or the alias itself without a policy (default: champion)."
    },
    "model-version": {
      type: "string",
      description: "Version to register. Default: the next patch version (1.0.0 for the first)."
    },
    replace: {
      type: "boolean",
      description: "Move the alias even when it already points at a version (the audit record names it).",
      default: "false"
    },
    registry: registryFolder,
    "registry-writes": registryWrites(
      "commit the adoption to the repository as one commit through the GitHub API"
    ),
    "github-token": githubToken("Needs contents: write for registry commits and release assets."),
    "allow-paths": allowPaths
  },
  outputs: {
    status: { description: "pass (adopted, or adopted before) or error.", value: (r) => r.status },
    "model-version": {
      description: "The version the model was registered as.",
      value: (r) => r.version
    },
    alias: { description: "The alias that points at it.", value: (r) => r.alias },
    "previous-version": {
      description: "The version the alias pointed at before (with replace).",
      value: (r) => r.previous
    }
  },
  async run(input, io) {
    const { runRegister } = await import("./register-command-N4GKRJXZ.js");
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
        token: input["github-token"]
      },
      io
    );
  }
});

// packages/commands/src/specs/report.ts
var report = defineCommand({
  name: "report",
  description: "One sticky PR comment, job summary, check run and HTML artifact from every mlops result, with the gates' verdict.",
  action: true,
  branding: { icon: "bar-chart-2", color: "blue" },
  inputs: {
    results: {
      type: "string",
      description: "Directory or glob of result files (JSON envelopes) to report on.",
      default: ".mlops/results"
    },
    "github-token": githubToken(
      "Needs pull-requests: write (comment) and checks: write (check run); the CLI reads GITHUB_TOKEN."
    ),
    comment: {
      type: "boolean",
      description: "Post or update the sticky PR comment (pull request events only).",
      default: "true"
    },
    "comment-key": {
      type: "string",
      description: "Key of the sticky comment; runs with the same key update one comment. Default: <workflow>/<job>."
    },
    "pull-request": pullRequest(
      "to comment on, when the event does not name one (a workflow_run job reporting on a fork PR)"
    ),
    summary: { type: "boolean", description: "Write the report to the job summary.", default: "true" },
    check: {
      type: "boolean",
      description: "Create a check run with the verdict and annotations (needs checks: write).",
      default: "false"
    },
    "check-name": { type: "string", description: "Name of the check run.", default: "mlops gates" },
    artifact: {
      type: "boolean",
      description: "Upload the HTML and Markdown report and the result files as an artifact.",
      default: "true"
    },
    "artifact-name": { type: "string", description: "Name of the report artifact.", default: "mlops-report" },
    "fail-on": failOn,
    "if-no-results": {
      type: "choice",
      choices: ["error", "warn", "ignore"],
      description: "What to do when no result files are found: error, warn or ignore.",
      default: "error"
    },
    "report-dir": {
      type: "path",
      description: "Where to write report.html and report.md.",
      default: ".mlops/report"
    },
    title: { type: "string", description: "Heading of the report.", default: "mlops report" },
    "allow-paths": allowPaths
  },
  outputs: {
    status: { description: "Overall status: pass, warn, fail or error.", value: (r) => r.status },
    "comment-url": {
      description: "URL of the sticky PR comment, when one was posted.",
      value: (r) => r.commentUrl
    },
    "report-path": {
      description: "Path of the standalone HTML report.",
      value: (r) => r.reportPath
    },
    "artifact-url": {
      description: "URL of the uploaded report artifact, when one was uploaded.",
      value: (r) => r.artifactUrl
    }
  },
  async run(input, io) {
    const { runReport } = await import("./report-command-ZQ2TZDXP.js");
    const result = await runReport(
      {
        results: input.results,
        reportDir: input["report-dir"],
        title: input.title,
        comment: input.comment,
        commentKey: input["comment-key"],
        summary: input.summary,
        check: input.check,
        checkName: input["check-name"],
        artifact: input.artifact,
        artifactName: input["artifact-name"],
        ifNoResults: input["if-no-results"],
        token: input["github-token"],
        pullRequest: input["pull-request"]
      },
      io
    );
    io.logger.info(`report: ${result.reportPath}`);
    if (result.commentUrl) io.logger.info(`comment: ${result.commentUrl}`);
    return { ...result, envelopePaths: [] };
  }
});

// packages/commands/src/specs/train-validate.ts
var trainValidate = defineCommand({
  name: "train-validate",
  description: "Train the challenger model, backtest it against the registry's champion with paired confidence intervals, and gate it.",
  evaluates: "backtest",
  action: true,
  branding: { icon: "trending-up", color: "blue" },
  inputs: {
    config: {
      type: "path",
      description: "The train-validate config file (YAML or JSON): training command, backtest data, scorer, champion, gates.",
      default: "train-validate.yml"
    },
    ...comparedModelInputs("Backtest this model file instead of training one.")
  },
  outputs: {
    status: statusOutput,
    "envelope-path": envelopePathOutput,
    "model-path": {
      description: "Path of the trained (or given) challenger model file.",
      value: (r) => r.modelPath
    },
    "model-digest": {
      description: "sha256:<hex> of the challenger model file, which promotion checks against.",
      value: (r) => r.modelDigest
    },
    "champion-version": championVersionOutput
  },
  subject: () => ({ type: "model", name: "challenger" }),
  async run(input, io) {
    const { runTrainValidate } = await import("./train-validate-command-433EC62F.js");
    const result = await runTrainValidate(comparedModelOptions(input), io);
    if (result.modelPath) io.logger.info(`model: ${result.modelPath} (${result.modelDigest})`);
    return { ...result, envelopePaths: [result.envelopePath] };
  }
});

// packages/commands/src/specs/validate-data.ts
var validateData = defineCommand({
  name: "validate-data",
  description: "Data contracts, quality, drift against a reference, and train/test leakage for CSV, JSONL and Parquet — one result for the PR report.",
  evaluates: "data-validation",
  action: true,
  branding: { icon: "database", color: "blue" },
  inputs: {
    data: {
      type: "path",
      description: "The dataset to validate: CSV, TSV, JSONL or Parquet, optionally gzip-compressed.",
      required: true
    },
    reference: {
      type: "path",
      description: "Reference dataset (e.g. the training data) for drift and leakage checks. Without it, only the contract and quality checks run."
    },
    contract: {
      type: "path",
      description: "Data contract (YAML or JSON). Without it, column types are inferred and the default quality, drift and leakage checks apply."
    },
    name: {
      type: "string",
      description: "Dataset name in the report. Default: the contract's name, else the data file's name."
    },
    "results-dir": resultsDir,
    "fail-on": failOn,
    "allow-paths": allowPaths
  },
  outputs: {
    status: statusOutput,
    "result-path": envelopePathOutput,
    rows: {
      description: "Rows in the validated dataset.",
      value: (r) => r.envelope?.metrics.rows?.value?.toString()
    },
    "drift-share": {
      description: "Share of tested columns that drifted: feature columns unless the contract sets drift.shareColumns: all (empty without a reference).",
      value: (r) => r.envelope?.metrics.drift_share?.value?.toString()
    }
  },
  subject: (input) => ({
    type: "dataset",
    name: input.name ?? input.data.split(/[\\/]/).pop() ?? input.data
  }),
  async run(input, io) {
    const { runValidateData } = await import("./validate-data-command-3M2UBVLC.js");
    const result = await runValidateData(
      {
        data: input.data,
        reference: input.reference,
        contract: input.contract,
        name: input.name,
        resultsDir: input["results-dir"]
      },
      io
    );
    return { ...result, envelopePaths: [result.envelopePath] };
  }
});

// packages/commands/src/specs/audit-verify.ts
var auditVerify = defineCommand({
  name: "audit-verify",
  description: "Check that a model's audit log is one unbroken chain: no record missing, changed or inserted after the fact.",
  action: false,
  inputs: {
    registry: {
      type: "path",
      description: "The registry folder holding models/<name>/audit (the file registry, or MLflow's audit folder).",
      required: true
    },
    model: { type: "string", description: "The model whose log to check.", required: true },
    "allow-paths": allowPaths
  },
  outputs: {},
  async run(input, io) {
    const { localRegistryFiles, verifyAuditChain } = await import("./src-37V5YBEW.js");
    const report2 = await verifyAuditChain(localRegistryFiles(input.registry), input.model);
    if (report2.problems.length > 0) {
      return { status: "fail", envelopePaths: [], reasons: report2.problems };
    }
    io.print(`${input.model}: ${report2.records} audit records, one unbroken chain`);
    return { status: "pass", envelopePaths: [] };
  }
});

// packages/commands/src/specs/infer-contract.ts
var inferContract = defineCommand({
  name: "infer-contract",
  description: "Profile a dataset and write a starting data contract to edit.",
  action: false,
  inputs: {
    data: {
      type: "path",
      description: "Dataset to profile (CSV, TSV, JSONL, Parquet; .gz allowed).",
      required: true
    },
    output: { type: "path", description: "Where to write the contract (default: print it)." },
    name: {
      type: "string",
      description: "Dataset name in the contract (default: the nearest folder of the data that is not data/, raw/, …, else dataset)."
    },
    "min-rows": {
      type: "positive-integer",
      default: "10",
      description: "Fewest readable data rows to infer from; fewer is an error."
    },
    "range-margin": {
      type: "share",
      default: "10%",
      description: "Share of each numeric column's observed range added below its min and above its max (0 keeps the observed range)."
    },
    "allow-paths": allowPaths
  },
  outputs: {},
  async run(input, io) {
    const { runInferContract } = await import("./src-ID77ECZ5.js");
    const result = await runInferContract(
      {
        data: input.data,
        output: input.output,
        name: input.name,
        minRows: input["min-rows"],
        rangeMargin: input["range-margin"]
      },
      io
    );
    if (!result.outputPath) io.print(result.text);
    return { status: "pass", envelopePaths: [] };
  }
});

// packages/commands/src/specs/merge.ts
var merge = defineCommand({
  name: "merge",
  description: "Combine the shard files of `mlops evaluate-llm --shard i/n` into the result files of one run.",
  evaluates: "llm-eval",
  action: false,
  inputs: {
    "shard-dir": {
      type: "path",
      description: "Directory holding every shard file.",
      default: ".mlops/llm-shards"
    },
    "results-dir": resultsDir,
    junit: { type: "path", description: "Also write JUnit XML to this path." },
    "record-agreement": recordAgreement,
    "fail-on": failOn,
    "allow-paths": allowPaths
  },
  outputs: { status: statusOutput },
  subject: () => ({ type: "prompt", name: "shards" }),
  async run(input, io) {
    const { runMerge } = await import("./merge-command-SPSWO4YG.js");
    return runMerge(
      {
        shardDir: input["shard-dir"],
        resultsDir: input["results-dir"],
        junit: input.junit,
        recordAgreement: input["record-agreement"]
      },
      io
    );
  }
});

// packages/commands/src/specs/index.ts
var COMMANDS = [
  validateData,
  inferContract,
  trainValidate,
  evaluateBias,
  evaluateRobustness,
  evaluateLlm,
  merge,
  report,
  register,
  promote,
  deploy,
  auditVerify
];

// packages/commands/src/runner.ts
import { readFile, rm } from "node:fs/promises";
import path3 from "node:path";

// packages/commands/src/cancellation.ts
var Cancellation = class {
  #controller = new AbortController();
  #graceMs;
  #logger;
  #by;
  #timer;
  #onSignal = (signal) => this.#cancel(signal);
  /** Settles `graceMs` after the cancellation: the work in flight had its chance to finish. */
  graceOver;
  constructor(logger, graceMs) {
    this.#logger = logger;
    this.#graceMs = graceMs;
    this.graceOver = new Promise((resolve) => {
      this.#controller.signal.addEventListener("abort", () => {
        this.#timer = setTimeout(() => resolve("hung"), this.#graceMs);
      });
    });
    process.on("SIGINT", this.#onSignal);
    process.on("SIGTERM", this.#onSignal);
  }
  get signal() {
    return this.#controller.signal;
  }
  /** The signal that cancelled the run, if one did. */
  get by() {
    return this.#by;
  }
  #cancel(signal) {
    if (this.#by) return;
    this.#by = signal;
    this.#logger.warn(`${signal}: cancelled; starting no new work, finishing what is in flight`);
    this.#controller.abort(new Cancelled(signal));
  }
  dispose() {
    clearTimeout(this.#timer);
    process.off("SIGINT", this.#onSignal);
    process.off("SIGTERM", this.#onSignal);
  }
};

// packages/commands/src/failed-checks.ts
import path from "node:path";
var SHOWN = 15;
var notPassed = (c) => c.status === "fail" || c.status === "error" || c.status === "inconclusive";
function checkLine(c) {
  const measured = [
    c.observed !== void 0 ? `observed ${c.observed}` : void 0,
    c.expected !== void 0 ? `expected ${c.expected}` : void 0
  ].filter(Boolean);
  const outcome = c.severity === "fail" ? c.status : "warning";
  return `- ${c.title}${measured.length > 0 ? `: ${measured.join(", ")}` : ""} (${outcome})`;
}
function failedChecks(envelope) {
  const bad = envelope.checks.filter(notPassed);
  const ordered = [...bad.filter((c) => c.severity === "fail"), ...bad.filter((c) => c.severity !== "fail")];
  const lines = ordered.slice(0, SHOWN).map(checkLine);
  if (ordered.length > SHOWN) lines.push(`- … ${ordered.length - SHOWN} more in the result file`);
  const subject = envelope.subject.version ? `${envelope.subject.name} ${envelope.subject.version}` : envelope.subject.name;
  return [`${envelope.kind} ${subject}: ${envelope.status}`, ...lines];
}
async function failedChecksOf(files, cwd) {
  const lines = [];
  for (const file of files) {
    const envelope = await readEnvelopeFile(path.resolve(cwd, file)).catch(() => void 0);
    if (envelope && envelope.status !== "pass") lines.push(...failedChecks(envelope));
  }
  return lines;
}

// packages/commands/src/input-values.ts
import path2 from "node:path";
function readInputs(specs, surface, mask) {
  const values = {};
  const errors = [];
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.only && spec.only !== surface.kind) continue;
    const given = surface.raw(key, spec);
    const present = given !== void 0 && given !== "";
    if (present && spec.secret) mask(given);
    const text = present ? given : spec.default;
    if (text === void 0) {
      if (spec.required)
        errors.push(new InputError(key, surface.label(key), "is required", { hint: spec.description }));
      continue;
    }
    try {
      values[key] = parseInput(spec, text, key, surface.label(key));
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  const error = combined(errors);
  return error ? { values, error } : { values };
}
function confinePathInputs(specs, values, surface, cwd) {
  const errors = [];
  for (const [key, spec] of Object.entries(specs)) {
    const value = values[key];
    if (spec.type !== "path" || typeof value !== "string") continue;
    const real = outsideWorkspace(path2.resolve(cwd, value));
    if (real === void 0) continue;
    errors.push(
      new InputError(key, surface.label(key), `leads outside the workspace, to ${real}`, {
        hint: "a pull request can commit symlinks; list the folder in allow-paths if the workflow means to use it"
      })
    );
  }
  return combined(errors);
}
function combined(errors) {
  const [first, ...others] = errors;
  if (!first || others.length === 0) return first;
  const bare = first.message.slice(first.input.length + 1);
  return new InputError(first.key, first.input, bare, {
    ...first.hint ? { hint: first.hint } : {},
    others
  });
}

// packages/commands/src/runner.ts
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
async function runCommand(spec, surface, options = {}) {
  const logger = options.logger ?? createLogger();
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const startedAt = now();
  const cancellation = new Cancellation(logger, options.graceMs ?? 5e3);
  let lineage;
  let draft;
  const io = {
    logger,
    env,
    cwd,
    now,
    signal: cancellation.signal,
    lineage: () => {
      lineage ??= runLineage(cwd, env);
      return lineage;
    },
    draft: (envelope, where) => {
      draft = { envelope, ...where };
    },
    print: options.stdout ?? ((text) => process.stdout.write(neutraliseCommands(redact(text))))
  };
  const { values, error: inputError } = readInputs(spec.inputs, surface, (s) => logger.mask(s));
  let outcome;
  try {
    outcome = await execute(spec, values, inputError, surface, io, cancellation);
  } finally {
    cancellation.dispose();
    confineReads(void 0);
    allowEnvReferences(void 0);
  }
  const cancelledBy = cancellation.by;
  const { result, code } = outcome.ok === true && !cancelledBy ? await succeeded(spec, values, outcome.result, io) : await failed(spec, values, failure(outcome, cancelledBy), draft, io, startedAt);
  logger.info(`status: ${result.status}`);
  setOutputs(spec, result, options.setOutput);
  if (cancelledBy && outcome.ok === "hung") {
    process.exit(code);
  }
  return code;
}
async function execute(spec, values, inputError, surface, io, cancellation) {
  try {
    if (inputError) throw inputError;
    if (io.env.GITHUB_ACTIONS === "true") {
      confineReads({
        cwd: io.cwd,
        workspace: io.env.GITHUB_WORKSPACE ?? io.cwd,
        allowed: values["allow-paths"] ?? []
      });
      allowEnvReferences({ allowed: values["allow-env"] ?? [], env: io.env });
      const outside = confinePathInputs(spec.inputs, values, surface, io.cwd);
      if (outside) throw outside;
    }
    const running = spec.run(values, io).then(
      (result) => ({ ok: true, result }),
      (error) => ({ ok: false, error })
    );
    return await Promise.race([running, cancellation.graceOver.then(() => ({ ok: "hung" }))]);
  } catch (error) {
    return { ok: false, error };
  }
}
function failure(outcome, cancelledBy) {
  if (outcome.ok === false && outcome.error instanceof Cancelled) return outcome.error;
  if (cancelledBy) return new Cancelled(cancelledBy);
  return outcome.ok === false ? outcome.error : void 0;
}
async function succeeded(spec, values, result, io) {
  await removeStaleErrorResult(spec, values, io.cwd, result);
  logResult(io.logger, io.cwd, result);
  const failOn2 = values["fail-on"] ?? "fail";
  const code = exitCodeFor(result.status, failOn2);
  if (code !== 0) {
    const reasons = result.reasons?.length ? result.reasons : await failedChecksOf(result.envelopePaths, io.cwd);
    for (const reason of reasons.length > 0 ? reasons : [failureLine(spec.name, result.status, failOn2)])
      io.logger.error(reason);
  }
  return { result, code };
}
async function failed(spec, values, error, draft, io, startedAt) {
  const result = { status: "error", envelopePaths: [] };
  if (spec.evaluates) {
    const written = await writeErrorResult(spec, error, values, draft, io, startedAt);
    if (written) result.envelopePaths = [written];
  }
  logFailure(io.logger, withRelativeLocation(error, io.cwd));
  const code = error instanceof Cancelled ? SIGNAL_EXIT[error.signal] ?? 1 : 1;
  return { result, code };
}
function fallbackResult(spec, values, cwd) {
  const resultsDir2 = path3.resolve(cwd, values["results-dir"] ?? DEFAULT_RESULTS_DIR);
  let subject = { type: spec.evaluates, name: spec.name };
  try {
    if (spec.subject) subject = spec.subject(values);
  } catch {
  }
  return {
    resultsDir: resultsDir2,
    subject,
    file: path3.join(resultsDir2, envelopeFileName({ kind: spec.evaluates, subject }))
  };
}
async function removeStaleErrorResult(spec, values, cwd, result) {
  if (!spec.evaluates) return;
  const { file } = fallbackResult(spec, values, cwd);
  if (result.envelopePaths.some((p) => path3.resolve(cwd, p) === file)) return;
  const stale = await readFile(file, "utf8").then(
    (text) => JSON.parse(text).status === "error",
    () => false
  );
  if (stale) await rm(file, { force: true });
}
async function writeErrorResult(spec, error, values, draft, io, startedAt) {
  const fallback = fallbackResult(spec, values, io.cwd);
  const resultsDir2 = draft?.resultsDir ?? fallback.resultsDir;
  const envelope = errorEnvelope(error, {
    draft: draft?.envelope,
    kind: spec.evaluates,
    subject: fallback.subject,
    startedAt,
    endedAt: io.now(),
    lineage: draft ? draft.envelope.lineage : await io.lineage().catch(() => ({})),
    cwd: io.cwd
  });
  try {
    const file = await writeEnvelope(resultsDir2, envelope, draft?.variant ? { variant: draft.variant } : {});
    io.logger.info(`result: error → ${path3.relative(io.cwd, file) || file}`);
    return file;
  } catch (e) {
    io.logger.warn(`could not write the error result to ${resultsDir2}: ${e.message}`);
    return void 0;
  }
}
function withRelativeLocation(error, cwd) {
  const location = relativeLocation(error, cwd);
  if (!location || !(error instanceof Error)) return error;
  return Object.create(error, { location: { value: location } });
}
function logResult(logger, cwd, result) {
  for (const file of result.envelopePaths) {
    logger.info(`result: ${result.status} → ${path3.relative(cwd, file) || file}`);
  }
}
function failureLine(name, status, failOn2) {
  if (status === "fail")
    return `${name}: required checks failed (status fail); see the result for each check`;
  return `${name}: status ${status}${failOn2 === "warn" ? " and fail-on is warn" : ""}`;
}
function setOutputs(spec, result, setOutput) {
  if (!setOutput) return;
  for (const [name, output] of Object.entries(spec.outputs)) {
    setOutput(name, output.value(result) ?? "");
  }
}

export {
  createLogger,
  logFailure,
  runCommand,
  deploy,
  evaluateBias,
  evaluateLlm,
  evaluateRobustness,
  promote,
  register,
  report,
  trainValidate,
  validateData,
  COMMANDS
};
