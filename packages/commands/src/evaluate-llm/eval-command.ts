import { glob, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  assertInsideWorkspace,
  type CommandIO,
  ConfigError,
  configLocator,
  DEFAULT_RESULTS_DIR,
  type Envelope,
  type Lineage,
  type Logger,
  redact,
  runUrl,
  type Status,
  throwConfigErrors,
  worstStatus,
  writeEnvelope,
} from "@mlops/core";
import {
  baseRef,
  buildPromptEnvelope,
  buildPromptLock,
  type CacheMode,
  type CaseResult,
  Checkpoint,
  checkKeyDestinations,
  createProvider,
  DEFAULT_CACHE_DIR,
  envelopeVariant,
  fileAtRef,
  filesAtRef,
  isForbiddenKeyVariable,
  Judge,
  type JudgePrompts,
  type JudgeSetup,
  judgePairs,
  type LintFinding,
  type LoadedSuite,
  lintPromptVersions,
  loadJudgePrompts,
  loadPromptDir,
  loadPromptFile,
  loadSuite,
  type ModelPrice,
  type PairwiseOutcome,
  PROMPT_LOCK_FILE,
  type PromptEvaluation,
  type PromptFile,
  type PromptIdentity,
  PromptRenderer,
  type PromptSet,
  type PromptUnderTest,
  type Provider,
  type ProviderConfig,
  parsePartial,
  parsePromptFile,
  partialName,
  priceFor,
  providerPrice,
  ResponseCache,
  RunBudget,
  readJudgeAgreementRecord,
  readPromptLock,
  runEval,
  type Shard,
  type ShardFile,
  type ShardSuite,
  sha256Of,
  staleLockEntries,
  toJUnitXml,
  verifyRef,
  writePromptLock,
} from "@mlops/llm";
import { cancellation } from "../error-result.ts";
import { type DryRunEstimate, estimateRun } from "./dry-run-estimate.ts";
import { recordAgreement } from "./record-agreement.ts";

/**
 * `evaluate-llm` / `mlops eval`: for every suite, evaluate its prompts — and, given a base ref, the base
 * version of each changed prompt on the same cases — then write one envelope per prompt, JUnit XML, and
 * the verdict. With a shard, the raw results go to a shard file for `mlops merge` instead.
 */

export interface EvaluateLlmOptions {
  /** Suite files: a glob or comma-separated paths (default evals/*.yaml). */
  suites?: string;
  /** Git ref of the base version (default: origin/$GITHUB_BASE_REF in a pull request). */
  base?: string;
  /** With a base: skip prompts whose content did not change (default true). */
  onlyChanged?: boolean;
  resultsDir?: string;
  cacheDir?: string;
  cache?: CacheMode;
  /** "2/4": run the second of four deterministic shards and write a shard file. */
  shard?: string;
  shardDir?: string;
  junit?: string;
  /** Count calls, tokens and cost without calling any model. */
  dryRun?: boolean;
  /** Overrides every provider's concurrency. */
  concurrency?: number;
  lockFile?: string;
  updateLock?: boolean;
  /** Key variables a suite may name besides the known LLM keys. */
  allowApiKeyEnv?: string[];
  /** Hosts a key may be sent to besides its provider's and this machine. */
  allowHosts?: string[];
  /** Record each measured agreement beside its prompt (`agreement.json`) for that prompt version. */
  recordAgreement?: boolean;
}

export interface EvaluateLlmIO extends CommandIO {
  progressStream?: { write(s: string): unknown; isTTY?: boolean };
  /** Test hook: first backoff step for retries without Retry-After. */
  retryBaseMs?: number;
}

export interface EvaluateLlmResult {
  status: Status;
  envelopePaths: string[];
  junitPath?: string;
  shardPath?: string;
  estimate?: DryRunEstimate;
  results: CaseResult[];
  /** A dry run's budgets that the estimate exceeds. */
  reasons?: string[];
}

export const DEFAULT_SUITES = "evals/*.yaml";
export const DEFAULT_SHARD_DIR = ".mlops/llm-shards";

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || total < 1 || index < 1 || index > total) {
    throw new ConfigError(`shard must look like 2/4 (index/total, 1 ≤ index ≤ total); found "${text}"`, {
      location: { file: "action inputs", path: "shard" },
    });
  }
  return { index, total };
}

export async function resolveSuites(spec: string, cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const part of spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (/[*?[{]/.test(part)) {
      for await (const f of glob(part, { cwd })) files.push(path.resolve(cwd, f));
    } else files.push(path.resolve(cwd, part));
  }
  if (files.length === 0) {
    throw new ConfigError(`no eval suites match "${spec}"`, {
      location: { file: "action inputs", path: "suites" },
      hint: "put suites in evals/*.yaml or pass their paths",
    });
  }
  // The suites input is a glob, not a path input: each file it finds is confined here, before it is read.
  for (const file of files) assertInsideWorkspace(file, { file: path.relative(cwd, file) });
  return [...new Set(files)].sort();
}

/** The lock file sits beside the prompts folder (`prompts.lock.json` next to `prompts/`) unless given. */
function lockPathFor(promptsDir: string, lockFile: string | undefined, cwd: string): string {
  return lockFile ? path.resolve(cwd, lockFile) : path.join(path.dirname(promptsDir), PROMPT_LOCK_FILE);
}

interface PreparedSuite {
  promptsDir: string;
  loaded: LoadedSuite;
  prompts: Array<{ head: PromptFile; base?: PromptFile; lint: LintFinding[]; changedPartials: string[] }>;
  renderer: PromptRenderer;
  /** Renders base versions with the partials of the base ref. */
  baseRenderer: PromptRenderer;
}

/** The partials of the prompts folder as they were at a ref (none when git cannot list it there). */
async function partialsAtRef(ref: string, promptsDir: string, cwd: string): Promise<PromptSet["partials"]> {
  const partials: PromptSet["partials"] = new Map();
  const files = await filesAtRef(ref, path.relative(cwd, promptsDir), cwd).catch(() => []);
  for (const file of files) {
    const name = partialName(file);
    const text = name === undefined ? undefined : await fileAtRef(ref, file, cwd);
    if (name !== undefined && text !== undefined) partials.set(name, parsePartial(text, `${ref}:${file}`));
  }
  return partials;
}

/** Every prompt version a suite evaluates, each with the renderer of its side. */
function promptsUnderTest({ prompts, renderer, baseRenderer }: PreparedSuite): PromptUnderTest[] {
  return prompts.flatMap(({ head, base }) => [
    { prompt: head, side: "head" as const, renderer },
    ...(base ? [{ prompt: base, side: "base" as const, renderer: baseRenderer }] : []),
  ]);
}

/** Partials whose text differs between the two sides, or that only one side includes. */
function partialsChanged(head: Map<string, string>, base: Map<string, string>): string[] {
  const names = new Set([...head.keys(), ...base.keys()]);
  return [...names].filter((name) => head.get(name) !== base.get(name)).sort();
}

/** The workflow may allow more key variables, but never a runner or GitHub token. */
function checkAllowedKeyVariables(names: readonly string[]): void {
  throwConfigErrors(
    names.filter(isForbiddenKeyVariable).map(
      (name) =>
        new ConfigError(`${name} cannot be allowed as an API key variable`, {
          location: { file: "action inputs", path: "allow-api-key-env" },
          hint: "runner and GitHub tokens are never sent to a model server",
        }),
    ),
  );
}

async function prepareSuite(
  file: string,
  options: EvaluateLlmOptions,
  io: { cwd: string; logger: Logger; base?: string; env: NodeJS.ProcessEnv },
): Promise<PreparedSuite> {
  const loaded = await loadSuite(file);
  const keys = checkKeyDestinations(
    loaded.suite,
    io.env,
    { allowApiKeyEnv: options.allowApiKeyEnv, allowHosts: options.allowHosts },
    await configLocator(file),
  );
  throwConfigErrors(keys.errors);
  for (const warning of keys.warnings) io.logger.warn(`${path.relative(io.cwd, file)}: ${warning}`);
  const promptsDir = path.resolve(loaded.dir, loaded.suite.prompts_dir);
  const set = await loadPromptDir(promptsDir);
  const renderer = new PromptRenderer(set);
  const baseRenderer = io.base
    ? new PromptRenderer({ partials: await partialsAtRef(io.base, promptsDir, io.cwd) })
    : renderer;
  const lock = await readPromptLock(lockPathFor(promptsDir, options.lockFile, io.cwd));
  const prompts: PreparedSuite["prompts"] = [];
  for (const ref of loaded.suite.prompts) {
    const candidates = [path.resolve(loaded.dir, ref), path.resolve(promptsDir, ref)];
    const known = set.prompts.find((p) => p.id === ref || candidates.includes(path.resolve(p.file)));
    const head = known ?? (await loadPromptFile(candidates[0] as string));
    const shown = path.relative(io.cwd, head.file);
    const headShown = { ...head, file: shown };
    let base: PromptFile | undefined;
    if (io.base) {
      const text = await fileAtRef(io.base, shown, io.cwd);
      if (text !== undefined)
        base = await parsePromptFile(text, `${io.base}:${shown}`, { name: head.name, variant: head.variant });
    }
    const lint = [
      ...(base
        ? lintPromptVersions([headShown], new Map([[head.id, { version: base.version, ...base.hashes }]]))
        : []),
      ...(lock
        ? staleLockEntries(
            [head],
            { ...lock, prompts: lock.prompts[head.id] ? { [head.id]: lock.prompts[head.id]! } : {} },
            io.cwd,
          )
        : []),
    ];
    // A prompt also changes when a partial it includes does: both sides then render with their own.
    const changedPartials = base
      ? partialsChanged(renderer.partialsUsed(head), baseRenderer.partialsUsed(base))
      : [];
    const changed =
      base !== undefined &&
      (base.hashes.contentHash !== head.hashes.contentHash || changedPartials.length > 0);
    if (io.base && options.onlyChanged !== false && base && !changed) {
      io.logger.info(`${head.id}: unchanged since ${io.base}, skipped`);
      continue;
    }
    if (changedPartials.length > 0) {
      io.logger.info(
        `${head.id}: partials changed since ${io.base}: ${changedPartials.map((p) => `_${p}`).join(", ")}`,
      );
    }
    prompts.push({ head: headShown, base: changed ? base : undefined, lint, changedPartials });
  }
  return { promptsDir, loaded, prompts, renderer, baseRenderer };
}

export async function runEvaluateLlm(
  options: EvaluateLlmOptions,
  io: EvaluateLlmIO,
): Promise<EvaluateLlmResult> {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => new Date());
  const suites = await resolveSuites(options.suites || DEFAULT_SUITES, cwd);
  const ref = baseRef(options.base, env);
  if (ref) await verifyRef(ref, cwd);
  const shard = options.shard ? parseShard(options.shard) : undefined;

  // The same judge prompts serve every suite's judge and attacker: read once, when first needed.
  let judgePrompts: Promise<JudgePrompts> | undefined;
  const sharedJudgePrompts = () => (judgePrompts ??= loadJudgePrompts());

  const prepared: PreparedSuite[] = [];
  checkAllowedKeyVariables(options.allowApiKeyEnv ?? []);
  for (const file of suites)
    prepared.push(await prepareSuite(file, options, { cwd, logger, base: ref, env }));

  if (options.updateLock) {
    for (const promptsDir of new Set(prepared.map((p) => p.promptsDir))) {
      const lockPath = lockPathFor(promptsDir, options.lockFile, cwd);
      const set = await loadPromptDir(promptsDir);
      await writePromptLock(lockPath, buildPromptLock(set.prompts, path.dirname(lockPath)));
      logger.info(`wrote ${path.relative(cwd, lockPath)} (${set.prompts.length} prompts)`);
    }
    for (const p of prepared)
      for (const q of p.prompts) q.lint = q.lint.filter((f) => f.rule !== "lock-stale");
  }

  const cacheDir = path.resolve(cwd, options.cacheDir || DEFAULT_CACHE_DIR);
  if (options.dryRun) {
    const estimate = await estimateRun(
      prepared.map((p) => ({ loaded: p.loaded, prompts: promptsUnderTest(p) })),
      { env, logger, cacheDir, cwd, judgePrompts: sharedJudgePrompts },
    );
    const status = estimate.overBudget.length > 0 ? "fail" : "pass";
    return { status, envelopePaths: [], estimate, results: [], reasons: estimate.overBudget };
  }

  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  const cache = new ResponseCache(cacheDir, options.cache ?? "use");
  const allResults: CaseResult[] = [];
  const envelopePaths: string[] = [];
  const statuses: Status[] = [];
  const shardRecords: ShardSuite[] = [];

  for (const suite of prepared) {
    const { loaded, prompts } = suite;
    if (prompts.length === 0) continue;
    const connect = async (config: ProviderConfig) => {
      const effective = options.concurrency ? { ...config, concurrency: options.concurrency } : config;
      const provider = await createProvider(effective, {
        env,
        retryBaseMs: io.retryBaseMs,
        onRetry: ({ attempt, waitMs, reason }) =>
          logger.debug(
            `${config.id ?? config.model}: retry ${attempt} in ${Math.round(waitMs)} ms (${reason})`,
          ),
      });
      const price = providerPrice(config);
      if (!price)
        logger.warn(
          `${config.model}: no price in the table (${loaded.file}): cost is unknown; set price on the provider`,
        );
      return { provider, price };
    };
    const providers: Array<{ provider: Provider; price?: ModelPrice }> = [];
    for (const config of loaded.suite.providers) providers.push(await connect(config));
    const judgeConfig = loaded.suite.judge;
    const judge: JudgeSetup | undefined = judgeConfig && {
      ...(await connect(judgeConfig)),
      prompts: await sharedJudgePrompts(),
      ...(judgeConfig.embedding_model
        ? {
            embeddingModel: judgeConfig.embedding_model,
            embeddingPrice: priceFor(judgeConfig.embedding_model).price,
          }
        : {}),
    };
    const attackerConfig = loaded.suite.redteam?.attacker;
    const attacker = attackerConfig && {
      ...(await connect(attackerConfig.provider)),
      prompts: await sharedJudgePrompts(),
    };
    // The clock starts once the clients are loaded: the duration is the evaluation's own.
    const startedAt = now();
    const started = performance.now();
    const under = promptsUnderTest(suite);
    const runKey = sha256Of({
      inputs: loaded.inputsText,
      prompts: under.map((u) => u.prompt.hashes.contentHash),
      providers: providers.map((p) => p.provider.endpoint + p.provider.model),
      judge: judge && judge.provider.endpoint + judge.provider.model,
      attacker: attacker && attacker.provider.endpoint + attacker.provider.model,
      shard,
    });
    const checkpoint = new Checkpoint(path.join(cacheDir, "checkpoints", `${runKey.slice(0, 32)}.jsonl`));
    const budget = new RunBudget(runBudget(loaded.suite.budgets, shard));
    const resumed = await checkpoint.open();
    if (resumed > 0) logger.info(`resuming: ${resumed} completed calls from an interrupted run are reused`);
    const results = await logger.group(`Evaluate ${path.relative(cwd, loaded.file)}`, () =>
      runEval(
        {
          cases: loaded.cases,
          prompts: under,
          providers,
          repeat: loaded.suite.repeat,
          baseDir: loaded.dir,
          shard,
          judge,
          attacker,
        },
        { cache, checkpoint, logger, now, progressStream: io.progressStream, signal: io.signal, budget },
      ),
    );
    if (io.signal?.aborted) {
      // Keep the journal: a rerun of the same inputs resumes from the calls completed so far.
      checkpoint.close();
      const done = results.filter(Boolean).length;
      throw cancellation(
        io.signal,
        `${done} of ${results.length} calls of ${path.relative(cwd, loaded.file)}`,
      );
    }
    const pairwise = new Map<string, PairwiseOutcome>();
    const pairConfig = loaded.suite.pairwise;
    if (judge && pairConfig && prompts.some((p) => p.base)) {
      // A case's two sides are in the same shard, so each shard judges its own pairs; merge adds them up.
      const judgeOfPairs = new Judge(judge, { cache, checkpoint, budget, now });
      const vars = new Map(loaded.cases.map((c) => [c.id, c.vars]));
      for (const { head, base } of prompts.filter((p) => p.base)) {
        const outcome = await judgePairs(
          results.filter((r) => r.promptId === head.id),
          pairConfig,
          judgeOfPairs,
          (id) => vars.get(id) ?? {},
        );
        pairwise.set(head.id, outcome);
        logger.info(
          `${head.id}: pairwise ${base?.version} → ${head.version}: ${outcome.headWins} head wins, ${outcome.baseWins} base wins, ${outcome.ties} ties`,
        );
      }
    }
    await checkpoint.finish();
    allResults.push(...results);
    const errors = results.filter((r) => r.status === "error");
    for (const r of errors.slice(0, 5)) logger.error(`${r.promptId} ${r.caseId}: ${r.error}`);
    const skipped = results.filter((r) => r.status === "skipped");
    if (skipped.length > 0)
      logger.error(
        `${path.relative(cwd, loaded.file)}: ${skipped.length} of ${results.length} calls not made: ${skipped[0]?.reason}`,
      );
    const durationMs = performance.now() - started;
    const evaluations: PromptEvaluation[] = prompts.map(({ head, base, lint, changedPartials }) => ({
      head,
      base,
      ...(ref ? { baseRef: ref } : {}),
      lint,
      changedPartials,
      results: results.filter((r) => r.promptId === head.id),
      ...(pairwise.has(head.id) ? { pairwise: pairwise.get(head.id) } : {}),
    }));
    if (shard) {
      shardRecords.push({
        suite: path.relative(cwd, loaded.file),
        startedAt: startedAt.toISOString(),
        durationMs,
        evaluations: evaluations.map(identityOnly),
      });
      continue;
    }
    const lineage = lineageOf(loaded, env);
    const agreementRecord = judge ? await readJudgeAgreementRecord() : {};
    for (const evaluation of evaluations) {
      const envelope = buildPromptEnvelope(evaluation, loaded.suite, {
        startedAt,
        durationMs,
        lineage,
        cases: loaded.cases,
        agreementRecord,
      });
      if (options.recordAgreement) await recordAgreement(evaluation, envelope, loaded, startedAt, logger);
      envelopePaths.push(
        await writeEnvelope(resultsDir, redactEnvelope(envelope), envelopeVariant(loaded.suite)),
      );
      statuses.push(envelope.status);
      logger.info(`${evaluation.head.id}: ${envelope.status} — ${envelope.summary}`);
    }
  }

  const result: EvaluateLlmResult = { status: worstStatus(statuses), envelopePaths, results: allResults };
  if (shard) {
    const dir = path.resolve(cwd, options.shardDir || DEFAULT_SHARD_DIR);
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `shard-${shard.index}-of-${shard.total}.json`);
    const record: ShardFile = { shard, suites: shardRecords };
    await writeFile(file, redact(JSON.stringify(record)));
    result.shardPath = file;
    result.status = worstStatus(
      allResults.map((r) => (r.status === "error" ? "error" : r.status === "skipped" ? "fail" : "pass")),
    );
    logger.info(
      `shard ${shard.index}/${shard.total}: ${allResults.length} results in ${path.relative(cwd, file)}; combine with \`mlops merge\``,
    );
  }
  if (options.junit) {
    const junitPath = path.resolve(cwd, options.junit);
    await mkdir(path.dirname(junitPath), { recursive: true });
    await writeFile(junitPath, redact(toJUnitXml(allResults)));
    result.junitPath = junitPath;
  }
  if (envelopePaths.length === 0 && !shard) logger.info("no prompt to evaluate");
  return result;
}

/** A shard may spend its share of the suite's budget, so that the shards together stay within it. */
function runBudget(budgets: LoadedSuite["suite"]["budgets"], shard: Shard | undefined) {
  const share = (limit: number | undefined) =>
    limit === undefined ? undefined : limit / (shard?.total ?? 1);
  return { usd: share(budgets.total_usd), tokens: share(budgets.total_tokens) };
}

function identityOnly(e: PromptEvaluation): PromptEvaluation {
  const id = (p: PromptIdentity): PromptIdentity => ({
    id: p.id,
    version: p.version,
    file: p.file,
    hashes: p.hashes,
    ...(p.template === undefined ? {} : { template: p.template }),
  });
  return {
    head: id(e.head),
    base: e.base && id(e.base),
    ...(e.baseRef ? { baseRef: e.baseRef } : {}),
    lint: e.lint,
    changedPartials: e.changedPartials,
    results: e.results,
    ...(e.pairwise ? { pairwise: e.pairwise } : {}),
  };
}

export function lineageOf(loaded: LoadedSuite, env: NodeJS.ProcessEnv): Lineage {
  const models = loaded.suite.providers.map((p) => p.model);
  return {
    gitSha: env.GITHUB_SHA,
    runUrl: runUrl(env),
    configDigest: `sha256:${sha256Of(loaded.inputsText)}`,
    parameters: { repeat: loaded.suite.repeat, cases: loaded.cases.length, models: models.join(", ") },
  };
}

/** Model output is data: a key it echoes back must not reach a report. */
export function redactEnvelope(envelope: Envelope): Envelope {
  return JSON.parse(redact(JSON.stringify(envelope))) as Envelope;
}
