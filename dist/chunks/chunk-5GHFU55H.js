import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  retryAfterMs
} from "./chunk-4IFPBSRH.js";
import {
  redact
} from "./chunk-PYTCQQ7B.js";
import {
  ConfigError,
  RuntimeFailure,
  isMlopsError
} from "./chunk-CYLWIE3E.js";

// packages/core/src/report-sections.ts
var SECTION_SEPARATOR = "<!-- mlops:section -->";

// packages/github/src/permissions.ts
function isPermissionDenied(error) {
  if (typeof error !== "object" || error === null || !("status" in error)) return false;
  const { status } = error;
  const message = error instanceof Error ? error.message : "";
  return status === 403 && /resource not accessible/i.test(message) || status === 404;
}
function permissionDeniedHelp(permission, isFork) {
  const grant = `The token lacks \`${permission}\`: grant it in the job's \`permissions:\`.`;
  const twoWorkflows = "let the `pull_request` workflow compute the report and upload it as an artifact, and post it from a second workflow triggered by `workflow_run` whose job has `pull-requests: write` (it downloads only the report data and runs no code from the pull request).";
  if (isFork === true) {
    return `This pull request comes from a fork, so its GITHUB_TOKEN is read-only and cannot get \`${permission}\`. To report on pull requests from forks, ${twoWorkflows}`;
  }
  if (isFork === false) return grant;
  return `${grant} Pull requests from forks always get a read-only GITHUB_TOKEN; for them, ${twoWorkflows}`;
}

// packages/github/src/api-error.ts
var GitHubApiError = class extends RuntimeFailure {
  status;
  constructor(message, options) {
    super(message, options.hint === void 0 ? {} : { hint: options.hint });
    this.status = options.status;
  }
};
function toGitHubApiError(error, doing, permission) {
  if (isMlopsError(error)) return error;
  const status = typeof error === "object" && error !== null && "status" in error ? Number(error.status) : NaN;
  const said = error instanceof Error ? error.message : String(error);
  if (Number.isNaN(status)) return new RuntimeFailure(`${doing} failed: ${said}`);
  const hint = isPermissionDenied(error) ? permissionDeniedHelp(permission) : status === 401 ? "The token is invalid or expired: check the token the workflow passes to this step." : status >= 500 || status === 429 || /rate limit/i.test(said) ? "GitHub is unavailable or rate-limiting this token; rerun the job later." : void 0;
  return new GitHubApiError(
    `${doing} failed: GitHub answered ${status}${said ? ` (${said})` : ""}`,
    hint === void 0 ? { status } : { status, hint }
  );
}

// packages/github/src/annotated-tag.ts
async function createAnnotatedTag(octokit, options) {
  const { owner, repo, tag } = options;
  let tagSha;
  try {
    const { data } = await octokit.rest.git.createTag({
      owner,
      repo,
      tag,
      message: options.message,
      object: options.sha,
      type: "commit"
    });
    tagSha = data.sha;
  } catch (error) {
    throw toGitHubApiError(error, `Creating tag ${tag} on ${options.sha}`, "contents: write");
  }
  try {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/tags/${tag}`, sha: tagSha });
    return { created: true };
  } catch (error) {
    if (error.status === 422) return { created: false };
    throw toGitHubApiError(error, `Creating tag ${tag}`, "contents: write");
  }
}
async function listTags(octokit, options) {
  try {
    const { data } = await octokit.rest.git.listMatchingRefs({
      owner: options.owner,
      repo: options.repo,
      ref: `tags/${options.prefix}`
    });
    return data.map((r) => r.ref.replace(/^refs\/tags\//, ""));
  } catch (error) {
    throw toGitHubApiError(error, `Listing tags ${options.prefix}*`, "contents: read");
  }
}
async function tagsWithMessage(octokit, options) {
  const { owner, repo } = options;
  try {
    const { data } = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: `tags/${options.prefix}` });
    const found = [];
    for (const ref of data) {
      if (ref.object.type !== "tag") continue;
      const tag = await octokit.rest.git.getTag({ owner, repo, tag_sha: ref.object.sha });
      if (tag.data.message.includes(options.text)) found.push(ref.ref.replace(/^refs\/tags\//, ""));
    }
    return found;
  } catch (error) {
    throw toGitHubApiError(error, `Reading tags ${options.prefix}*`, "contents: read");
  }
}

// packages/github/src/artifact-download.ts
var streamed = { parseSuccessResponseBody: false };
var notFound = (error) => error.status === 404;
async function openReleaseAsset(octokit, options) {
  const { owner, repo, tag } = options;
  try {
    const release = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag }).then(
      (r) => r.data,
      (error) => {
        if (notFound(error)) return void 0;
        throw error;
      }
    );
    const asset = release?.assets.find((a) => a.browser_download_url === options.url);
    if (asset?.state !== "uploaded") return void 0;
    const { data } = await octokit.rest.repos.getReleaseAsset({
      owner,
      repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" },
      request: streamed
    });
    return data;
  } catch (error) {
    throw toGitHubApiError(error, `Downloading ${options.url} from release ${tag}`, "contents: read");
  }
}
async function openRepositoryFile(octokit, options) {
  const { owner, repo, ref, path } = options;
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner,
      repo,
      ref,
      path,
      // The raw media type serves files up to 100 MB, where the JSON form stops at 1 MB.
      mediaType: { format: "raw" },
      request: streamed
    });
    return data;
  } catch (error) {
    if (notFound(error)) return void 0;
    throw toGitHubApiError(error, `Downloading ${owner}/${repo}:${path} at ${ref}`, "contents: read");
  }
}

// packages/github/src/context.ts
import { readFileSync } from "node:fs";
function readRunContext(env = process.env) {
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
  const event = eventPath === void 0 ? void 0 : readEvent(eventPath);
  const repository = parseRepository(env.GITHUB_REPOSITORY) ?? repositoryFromEvent(event);
  const serverUrl = trimSlash(nonEmpty(env.GITHUB_SERVER_URL) ?? "https://github.com");
  const runId = positiveInteger(env.GITHUB_RUN_ID);
  const eventName = nonEmpty(env.GITHUB_EVENT_NAME);
  const pullRequest = event === void 0 || eventPath === void 0 ? void 0 : pullRequestFromEvent(eventName, event, eventPath);
  const workflowRun = eventName === "workflow_run" && event !== void 0 && eventPath !== void 0 ? triggeringRun(new PayloadReader(event, eventPath)) : void 0;
  return {
    repository,
    eventName,
    sha: nonEmpty(env.GITHUB_SHA),
    ref: nonEmpty(env.GITHUB_REF),
    runId,
    runAttempt: positiveInteger(env.GITHUB_RUN_ATTEMPT),
    workflow: nonEmpty(env.GITHUB_WORKFLOW),
    job: nonEmpty(env.GITHUB_JOB),
    serverUrl,
    apiUrl: trimSlash(nonEmpty(env.GITHUB_API_URL) ?? "https://api.github.com"),
    runUrl: repository && runId !== void 0 ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : void 0,
    ...pullRequest === void 0 ? {} : { pullRequest },
    ...workflowRun === void 0 ? {} : { workflowRun },
    actor: nonEmpty(env.GITHUB_ACTOR)
  };
}
function readEvent(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(`Cannot read the event payload: ${error.message}`, {
      location: { file },
      hint: "GITHUB_EVENT_PATH must name the event JSON the runner wrote; unset it when running outside GitHub Actions."
    });
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`The event payload is not valid JSON: ${error.message}`, {
      location: { file, ...jsonErrorPosition(text, error.message) },
      hint: "GITHUB_EVENT_PATH must name the event JSON the runner wrote; in tests, write a complete payload."
    });
  }
  if (!isObject(parsed)) {
    throw new ConfigError("The event payload is not a JSON object.", {
      location: { file },
      hint: "GITHUB_EVENT_PATH must name the event JSON the runner wrote."
    });
  }
  return parsed;
}
function jsonErrorPosition(text, message) {
  const reported = /\(line (\d+) column (\d+)\)/.exec(message);
  if (reported) return { line: Number(reported[1]), column: Number(reported[2]) };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function pullRequestFromEvent(eventName, event, file) {
  const read = new PayloadReader(event, file);
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const headRepo = read.optionalString("pull_request.head.repo.full_name");
    return {
      number: read.number("pull_request.number"),
      headSha: read.string("pull_request.head.sha"),
      baseSha: read.string("pull_request.base.sha"),
      headRef: read.string("pull_request.head.ref"),
      baseRef: read.string("pull_request.base.ref"),
      // A deleted fork leaves head.repo null: still a fork.
      isFork: headRepo !== read.string("pull_request.base.repo.full_name")
    };
  }
  if (eventName === "workflow_run") {
    if (read.optionalValue("workflow_run.pull_requests.0") === void 0) return void 0;
    const headRepo = read.optionalValue("workflow_run.pull_requests.0.head.repo.id");
    return {
      number: read.number("workflow_run.pull_requests.0.number"),
      headSha: read.string("workflow_run.pull_requests.0.head.sha"),
      baseSha: read.string("workflow_run.pull_requests.0.base.sha"),
      headRef: read.string("workflow_run.pull_requests.0.head.ref"),
      baseRef: read.string("workflow_run.pull_requests.0.base.ref"),
      isFork: headRepo !== read.optionalValue("workflow_run.pull_requests.0.base.repo.id")
    };
  }
  return void 0;
}
function triggeringRun(read) {
  const event = read.optionalString("workflow_run.event");
  const headSha = read.optionalString("workflow_run.head_sha");
  const headBranch = read.optionalString("workflow_run.head_branch");
  if (!event || !headSha || !headBranch) return void 0;
  return {
    event,
    headSha,
    headBranch,
    headOwner: read.optionalString("workflow_run.head_repository.owner.login")
  };
}
var PayloadReader = class {
  event;
  file;
  constructor(event, file) {
    this.event = event;
    this.file = file;
  }
  optionalValue(path) {
    let value = this.event;
    for (const key of path.split(".")) {
      if (value === null || typeof value !== "object") return void 0;
      value = value[key];
    }
    return value ?? void 0;
  }
  optionalString(path) {
    const value = this.optionalValue(path);
    return typeof value === "string" ? value : void 0;
  }
  string(path) {
    const value = this.optionalValue(path);
    if (typeof value !== "string" || value === "") throw this.invalid(path, "a non-empty string", value);
    return value;
  }
  number(path) {
    const value = this.optionalValue(path);
    if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
      throw this.invalid(path, "a positive integer", value);
    }
    return value;
  }
  invalid(path, expected, value) {
    const found = value === void 0 ? "it is missing" : `found ${JSON.stringify(value)}`;
    return new ConfigError(`The event payload should have ${expected} at ${path}; ${found}.`, {
      location: { file: this.file, path },
      hint: "The payload does not match its GITHUB_EVENT_NAME; check which event triggered the workflow."
    });
  }
};
function parseRepository(value) {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return match ? { owner: match[1], repo: match[2] } : void 0;
}
function repositoryFromEvent(event) {
  const repository = event?.repository;
  return isObject(repository) && typeof repository.full_name === "string" ? parseRepository(repository.full_name) : void 0;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function nonEmpty(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value;
}
function positiveInteger(value) {
  return value !== void 0 && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : void 0;
}
function trimSlash(url) {
  return url.replace(/\/+$/, "");
}

// packages/github/src/redact-token.ts
var REDACTED = "***";
function redactToken(value, token) {
  if (token === "") return value;
  return mapStrings(value, (s) => s.replaceAll(token, REDACTED));
}
function redactForPublishing(value, token) {
  return mapStrings(redactToken(value, token), redact);
}
function mapStrings(value, map) {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}

// packages/github/src/artifact-upload.ts
async function uploadReportArtifact(options) {
  const runtimeToken = process.env.ACTIONS_RUNTIME_TOKEN;
  if (!runtimeToken || !process.env.ACTIONS_RESULTS_URL) {
    throw new RuntimeFailure(`Cannot upload artifact "${options.name}": no artifact service is available.`, {
      hint: "Artifacts only work inside a GitHub Actions job, where the runner sets ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for JavaScript actions (not for `run:` steps). Outside Actions the report stays in the results directory."
    });
  }
  const { DefaultArtifactClient } = await import("./artifact-EXNVFEUQ.js");
  let uploaded;
  try {
    uploaded = await new DefaultArtifactClient().uploadArtifact(
      options.name,
      options.files,
      options.rootDirectory,
      options.retentionDays === void 0 ? {} : { retentionDays: options.retentionDays }
    );
  } catch (error) {
    const message = redactToken(error.message ?? String(error), runtimeToken).replace(
      /([?&]sig=)[^&\s]+/g,
      "$1***"
    );
    throw new RuntimeFailure(`Uploading artifact "${options.name}" failed: ${message}`, {
      hint: "Check that the files exist under the root directory and that the name is unique in this run; upload errors from the service are often temporary, so a rerun may pass."
    });
  }
  const { id, size, digest } = uploaded;
  if (id === void 0 || size === void 0 || digest === void 0) {
    throw new RuntimeFailure(`Uploading artifact "${options.name}" returned no artifact.`);
  }
  const { runUrl } = readRunContext(options.env);
  const url = runUrl === void 0 ? void 0 : `${runUrl}/artifacts/${id}`;
  return { id, size, digest: `sha256:${digest}`, ...url === void 0 ? {} : { url } };
}

// packages/github/src/truncate-markdown.ts
function truncateMarkdown(body, options) {
  const { limit, measure } = options;
  if (measure(body) <= limit) return { body, truncated: false };
  const { boundaries, firstSectionCuts } = scan(body, measure);
  const total = boundaries.length + 1;
  const note = (shown) => `

> [!WARNING]
> This report was cut to fit ${options.limitName}: ${shown}. ${options.fullReport}
`;
  const cutAt = (cut, tail2) => cut && cut.size + measure(tail2) <= limit ? { body: body.slice(0, cut.end).trimEnd() + tail2, truncated: true } : void 0;
  for (let shown = boundaries.length; shown >= 1; shown--) {
    const fitted = cutAt(boundaries[shown - 1], note(`${shown} of ${total} sections shown`));
    if (fitted) return fitted;
  }
  const tail = note(
    total === 1 ? "only its start is shown" : `only the start of the first of ${total} sections is shown`
  );
  for (let i = firstSectionCuts.length - 1; i >= 0; i--) {
    const fitted = cutAt(firstSectionCuts[i], tail);
    if (fitted) return fitted;
  }
  const noteOnly = tail.trimStart();
  return { body: measure(noteOnly) <= limit ? noteOnly : "", truncated: true };
}
function scan(body, measure) {
  const boundaries = [];
  const firstSectionCuts = [];
  const structure = new BlockStructure();
  let end = 0;
  let size = 0;
  for (const line of body.split(/(?<=\n)/)) {
    const text = line.replace(/\r?\n$/, "");
    if (structure.atTopLevel() && text === SECTION_SEPARATOR) boundaries.push({ end, size });
    else structure.feed(text);
    end += line.length;
    size += measure(line);
    if (boundaries.length === 0 && structure.atTopLevel()) firstSectionCuts.push({ end, size });
  }
  return { boundaries, firstSectionCuts };
}
var BlockStructure = class {
  fence;
  detailsDepth = 0;
  atTopLevel() {
    return this.fence === void 0 && this.detailsDepth === 0;
  }
  feed(line) {
    const fence = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (this.fence) {
      const [, marker = "", rest = ""] = fence ?? [];
      if (marker[0] === this.fence.char && marker.length >= this.fence.length && rest.trim() === "") {
        this.fence = void 0;
      }
      return;
    }
    if (fence) {
      const [, marker = "", rest = ""] = fence;
      if (!(marker[0] === "`" && rest.includes("`"))) {
        this.fence = { char: marker[0], length: marker.length };
        return;
      }
    }
    const opened = line.match(/<details(?=[\s>])/gi)?.length ?? 0;
    const closed = line.match(/<\/details\s*>/gi)?.length ?? 0;
    this.detailsDepth = Math.max(0, this.detailsDepth + opened - closed);
  }
};

// packages/github/src/check-run.ts
var ANNOTATIONS_PER_REQUEST = 50;
var OUTPUT_LIMIT_BYTES = 65535;
async function publishCheckRun(octokit, options) {
  const { owner, repo } = options;
  const output = {
    title: options.title,
    summary: fit(options.summary),
    ...options.text === void 0 ? {} : { text: fit(options.text) }
  };
  const batches = [];
  for (let i = 0; i < options.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(options.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const [first = [], ...rest] = batches;
  try {
    const { data } = await octokit.rest.checks.create({
      owner,
      repo,
      name: options.name,
      head_sha: options.headSha,
      status: "completed",
      conclusion: options.conclusion,
      output: { ...output, annotations: first }
    });
    for (const annotations of rest) {
      await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: data.id,
        output: { ...output, annotations }
      });
    }
    return { id: data.id, url: data.html_url ?? data.url };
  } catch (error) {
    throw toGitHubApiError(error, `Publishing check run "${options.name}"`, "checks: write");
  }
}
function fit(markdown) {
  return truncateMarkdown(markdown, {
    limit: OUTPUT_LIMIT_BYTES,
    measure: (text) => Buffer.byteLength(text, "utf8"),
    limitName: "GitHub's check run limit",
    fullReport: "The full report is in this run's job summary and in its report artifact."
  }).body;
}

// packages/github/src/commit-status.ts
var DESCRIPTION_LIMIT = 140;
async function setCommitStatus(octokit, options) {
  try {
    await octokit.rest.repos.createCommitStatus({
      owner: options.owner,
      repo: options.repo,
      sha: options.sha,
      state: options.state,
      context: options.context,
      description: cutDescription(options.description),
      ...options.targetUrl === void 0 ? {} : { target_url: options.targetUrl }
    });
  } catch (error) {
    throw toGitHubApiError(error, `Setting commit status "${options.context}"`, "statuses: write");
  }
}
function cutDescription(description) {
  if (description.length <= DESCRIPTION_LIMIT) return description;
  const kept = description.slice(0, DESCRIPTION_LIMIT - 1).replace(/[\uD800-\uDBFF]$/, "");
  return `${kept}…`;
}

// packages/github/src/git-transaction.ts
var MAX_ATTEMPTS = 12;
async function commitFileChanges(octokit, target, request, build) {
  const { owner, repo, branch } = target;
  const git = octokit.rest.git;
  const ref = `heads/${branch}`;
  const readHead = async () => (await git.getRef({ owner, repo, ref })).data.object.sha;
  const trailers = Object.entries(request.trailers ?? {}).map(([k, v]) => `${k}: ${v}`);
  const message = trailers.length > 0 ? `${request.message}

${trailers.join("\n")}` : request.message;
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const head = await readHead();
      const { changes, value } = await build(head);
      if (changes.length === 0) return { value, committed: false };
      const baseTree = (await git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha;
      const tree = await git.createTree({
        owner,
        repo,
        base_tree: baseTree,
        tree: await Promise.all(changes.map((c) => treeEntry(octokit, target, c)))
      });
      if (tree.data.sha === baseTree) return { value, committed: false };
      const commit = await git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: [head] });
      const moved = await git.updateRef({ owner, repo, ref, sha: commit.data.sha, force: false }).then(() => "moved").catch((error) => {
        if (error.status === 422 || error.status === 409) return "raced";
        if (error.status === void 0 || error.status >= 500) return "unknown";
        throw error;
      });
      if (moved === "moved") return { value, committed: true };
      if (moved === "unknown" && await readHead() === commit.data.sha) return { value, committed: true };
      await backoff(attempt);
    }
  } catch (error) {
    throw toGitHubApiError(error, `Committing to ${branch}`, "contents: write");
  }
  throw new RuntimeFailure(
    `could not commit "${request.message}" to ${owner}/${repo}@${branch}: it moved under every one of ${MAX_ATTEMPTS} attempts`,
    { hint: "rerun the job; nothing of this change was written" }
  );
}
async function treeEntry(octokit, target, change) {
  const entry = { path: change.file, mode: "100644", type: "blob" };
  if (change.content === null) return { ...entry, sha: null };
  if (typeof change.content === "string") return { ...entry, content: change.content };
  const blob = await octokit.rest.git.createBlob({
    ...target,
    content: Buffer.from(change.content).toString("base64"),
    encoding: "base64"
  });
  return { ...entry, sha: blob.data.sha };
}
function backoff(attempt) {
  const ms = Math.min(2e3, 50 * 2 ** attempt) * (0.5 + Math.random());
  return new Promise((r) => setTimeout(r, ms));
}

// packages/github/src/contents-files.ts
function contentsReader(octokit, options, ref) {
  const { owner, repo } = options;
  const full = repositoryPath(options);
  const entries = async (dir, type) => {
    try {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path: full(dir), ref });
      return Array.isArray(data) ? data.filter((e) => e.type === type).map((e) => e.name) : [];
    } catch (error) {
      if (error.status === 404) return [];
      throw toGitHubApiError(error, `Listing ${full(dir)}`, "contents: read");
    }
  };
  return {
    describe: (file) => `${owner}/${repo}:${full(file)}`,
    async read(file) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path: full(file), ref });
        if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return void 0;
        const content = data.encoding === "none" || data.content === "" && data.size > 0 ? (await octokit.rest.git.getBlob({ owner, repo, file_sha: data.sha })).data.content : data.content;
        return { text: Buffer.from(content, "base64").toString("utf8"), version: data.sha };
      } catch (error) {
        if (error.status === 404) return void 0;
        throw toGitHubApiError(error, `Reading ${full(file)}`, "contents: read");
      }
    },
    list: (dir) => entries(dir, "file"),
    folders: (dir) => entries(dir, "dir")
  };
}
var repositoryPath = (options) => (file) => [options.root.replace(/^\/+|\/+$/g, ""), file].filter(Boolean).join("/");
function githubContentsFiles(octokit, options) {
  const { owner, repo, branch } = options;
  const full = repositoryPath(options);
  return {
    ...contentsReader(octokit, options, branch),
    async write(file, content, { expect, message }) {
      try {
        await octokit.rest.repos.createOrUpdateFileContents({
          owner,
          repo,
          branch,
          path: full(file),
          message,
          content: Buffer.from(content).toString("base64"),
          ...expect === null ? {} : { sha: expect }
        });
        return "written";
      } catch (error) {
        const status = error.status;
        if (status === 409 || status === 422 && expect === null) return "conflict";
        throw toGitHubApiError(error, `Committing ${full(file)}`, "contents: write");
      }
    },
    transact(request, build) {
      return commitFileChanges(octokit, { owner, repo, branch }, request, async (head) => {
        const plan = await build(contentsReader(octokit, options, head));
        const changes = plan.changes.map((c) => ({ ...c, file: full(c.file) }));
        return { changes, value: plan.value };
      });
    }
  };
}

// packages/github/src/deployment.ts
async function createDeployment(octokit, options) {
  try {
    const { data } = await octokit.rest.repos.createDeployment({
      owner: options.owner,
      repo: options.repo,
      ref: options.ref,
      environment: options.environment,
      description: options.description,
      payload: options.payload,
      auto_merge: false,
      required_contexts: [],
      ...options.productionEnvironment === void 0 ? {} : { production_environment: options.productionEnvironment }
    });
    if (!("id" in data)) throw new Error(data.message ?? "no deployment created");
    return { id: data.id, url: data.url };
  } catch (error) {
    throw toGitHubApiError(error, `Creating a deployment to ${options.environment}`, "deployments: write");
  }
}
async function setDeploymentStatus(octokit, options) {
  try {
    await octokit.rest.repos.createDeploymentStatus({
      owner: options.owner,
      repo: options.repo,
      deployment_id: options.deploymentId,
      state: options.state,
      description: options.description.slice(0, 140),
      ...options.logUrl === void 0 ? {} : { log_url: options.logUrl },
      ...options.environmentUrl === void 0 ? {} : { environment_url: options.environmentUrl }
    });
  } catch (error) {
    throw toGitHubApiError(error, `Setting deployment status ${options.state}`, "deployments: write");
  }
}
var SEARCHED = 30;
var MAX_PAGES = 5;
async function latestSuccessfulDeployment(octokit, options) {
  const { owner, repo, environment } = options;
  try {
    let pages = 0;
    const all = await octokit.paginate(
      octokit.rest.repos.listDeployments,
      { owner, repo, environment, per_page: 100 },
      (response, done) => {
        if (++pages >= MAX_PAGES) done();
        return response.data;
      }
    );
    const newest = [...all].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id).slice(0, SEARCHED);
    for (const d of newest) {
      const { data } = await octokit.rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: d.id,
        per_page: 1
      });
      if (data[0]?.state !== "success") continue;
      const payload = typeof d.payload === "string" ? {} : d.payload;
      return { id: d.id, createdAt: d.created_at, payload };
    }
    return void 0;
  } catch (error) {
    throw toGitHubApiError(error, `Listing deployments to ${environment}`, "deployments: read");
  }
}

// packages/github/src/job-summary.ts
import { appendFile, stat } from "node:fs/promises";
var JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
async function appendJobSummary(markdown, options = {}) {
  const file = "file" in options ? options.file : process.env.GITHUB_STEP_SUMMARY;
  if (!file) return { written: false, truncated: false, bytes: 0 };
  const existing = await stat(file).then(
    (s) => s.size,
    (error) => {
      if (error.code === "ENOENT") return 0;
      throw summaryFailure(file, error);
    }
  );
  const { body, truncated } = truncateMarkdown(markdown.endsWith("\n") ? markdown : `${markdown}
`, {
    limit: (options.limitBytes ?? JOB_SUMMARY_LIMIT_BYTES) - existing,
    measure: (text) => Buffer.byteLength(text, "utf8"),
    limitName: "GitHub's job summary limit",
    fullReport: options.reportUrl === void 0 ? "The full report is in this run's report artifact." : `Full report: ${options.reportUrl}`
  });
  if (body === "") return { written: false, truncated, bytes: 0 };
  await appendFile(file, body, "utf8").catch((error) => {
    throw summaryFailure(file, error);
  });
  return { written: true, truncated, bytes: Buffer.byteLength(body, "utf8") };
}
function summaryFailure(file, error) {
  return new RuntimeFailure(`Cannot write the job summary ${file}: ${error.message}`, {
    hint: "GITHUB_STEP_SUMMARY must name a writable file; the runner provides one in every step."
  });
}

// packages/github/src/octokit.ts
import { randomUUID } from "node:crypto";
async function createOctokit(token, options = {}) {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import("./github-6PUGSGN6.js"),
    import("./dist-bundle-D6YMNE7O.js"),
    import("./dist-bundle-OAMTK7J7.js")
  ]);
  const retries = options.retries ?? 3;
  const warn = options.onWarning ?? (() => {
  });
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(
    /\/+$/,
    ""
  );
  const onLimit = (kind) => (after, request, _octokit, retryCount) => {
    if (retryCount >= retries) {
      warn(`GitHub ${kind} hit by ${request.method} ${request.url}; giving up after ${retries} retries.`);
      return false;
    }
    warn(`GitHub ${kind} hit by ${request.method} ${request.url}; retrying in ${after}s.`);
    return true;
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl,
      ...options.userAgent === void 0 ? {} : { userAgent: options.userAgent },
      log: { debug: () => {
      }, info: () => {
      }, warn, error: warn },
      retry: { retries },
      throttle: {
        // The plugin's write spacing and concurrency limits are module-global per id: one id per client
        // keeps separate clients (separate jobs in production) from queueing behind each other.
        id: randomUUID(),
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit")
      }
    },
    retryHonouringRetryAfter(retry, warn),
    throttling
  );
  octokit.hook.before("request", (request) => {
    for (const key of Object.keys(request)) {
      if (TRANSPORT_KEYS.has(key)) continue;
      request[key] = key === "content" ? redactToken(request[key], token) : redactForPublishing(request[key], token);
    }
  });
  return octokit;
}
var TRANSPORT_KEYS = /* @__PURE__ */ new Set(["method", "url", "baseUrl", "headers", "request", "mediaType"]);
function retryHonouringRetryAfter(retry, warn) {
  return (...[octokit, octokitOptions]) => {
    const plugin = retry(octokit, octokitOptions);
    const backoff2 = plugin.retry.retryRequest;
    plugin.retry.retryRequest = (error, retries, retryAfter) => {
      if (isRateLimit(error)) return backoff2(error, 0, 0);
      const told = retryAfterMs(error.response?.headers);
      const wait = told === void 0 ? retryAfter : Math.ceil(told / 1e3);
      const done = Number(error.request.request?.retryCount ?? 0);
      if (done < retries) {
        warn(
          `GitHub answered ${error.status} to ${error.request.method} ${error.request.url}; retrying in ${wait}s.`
        );
      }
      return backoff2(error, retries, wait);
    };
    return plugin;
  };
}
function isRateLimit(error) {
  return /\bsecondary rate\b/i.test(error.message) || error.response?.headers["x-ratelimit-remaining"] === "0";
}

// packages/github/src/pull-request-of-run.ts
async function pullRequestOfRun(octokit, repository, run) {
  const owner = run.headOwner ?? repository.owner;
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    ...repository,
    state: "open",
    head: `${owner}:${run.headBranch}`,
    per_page: 100
  });
  const matching = pulls.filter((p) => p.head.sha === run.headSha);
  return matching.length === 1 ? matching[0].number : void 0;
}

// packages/github/src/release-asset.ts
import { createHash } from "node:crypto";
var UPLOAD_ATTEMPTS = 3;
async function putReleaseAsset(octokit, options) {
  const { owner, repo, tag } = options;
  const sha256 = createHash("sha256").update(options.data).digest("hex");
  try {
    const release = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag }).then((r) => r.data).catch(async (error) => {
      if (error.status !== 404) throw error;
      const created = await octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: tag,
        target_commitish: options.target,
        name: options.releaseName ?? tag,
        ...options.body === void 0 ? {} : { body: options.body }
      });
      return created.data;
    });
    const current = async () => (await octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id })).find((a) => a.name === options.name);
    let uploaded = false;
    for (let attempt = 0; ; attempt++) {
      const existing = attempt === 0 ? release.assets.find((a) => a.name === options.name) : await current();
      if (existing?.state === "uploaded") {
        const digest = existing.digest;
        if (digest && digest !== `sha256:${sha256}`) {
          throw new Error(`release ${tag} already has an asset ${options.name} with digest ${digest}`);
        }
        if (!digest && existing.size !== options.data.length) {
          throw new Error(`release ${tag} already has an asset ${options.name} of another size`);
        }
        return { url: existing.browser_download_url, sha256, bytes: existing.size, uploaded };
      }
      if (attempt === UPLOAD_ATTEMPTS) break;
      if (existing) await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: existing.id });
      uploaded = await octokit.rest.repos.uploadReleaseAsset({
        owner,
        repo,
        release_id: release.id,
        url: release.upload_url,
        name: options.name,
        data: options.data,
        headers: { "content-type": "application/octet-stream" }
      }).then(() => true).catch((error) => {
        if (error.status !== void 0 && error.status < 500 && error.status !== 422) throw error;
        return true;
      });
    }
    throw new Error(`release ${tag}: ${options.name} is not uploaded after ${UPLOAD_ATTEMPTS} attempts`);
  } catch (error) {
    throw toGitHubApiError(error, `Storing ${options.name} in release ${tag}`, "contents: write");
  }
}

// packages/github/src/run-approvals.ts
async function listRunApprovals(octokit, options) {
  try {
    const { data } = await octokit.rest.actions.getReviewsForRun({
      owner: options.owner,
      repo: options.repo,
      run_id: options.runId
    });
    return data.filter((review) => review.state === "approved").flatMap(
      (review) => review.environments.map((env) => ({
        user: review.user.login,
        environment: env.name ?? "",
        comment: review.comment
      }))
    );
  } catch (error) {
    throw toGitHubApiError(error, "Reading the environment approvals of this run", "actions: read");
  }
}

// packages/github/src/truncate-comment.ts
var COMMENT_LIMIT = 65536;
function truncateComment(body, options = {}) {
  return truncateMarkdown(body, {
    limit: options.limit ?? COMMENT_LIMIT,
    measure: (text) => text.length,
    limitName: "GitHub's comment limit",
    fullReport: options.reportUrl === void 0 ? "The full report is in this run's job summary and in its report artifact." : `Full report: ${options.reportUrl}`
  });
}

// packages/github/src/sticky-comment.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var PERMISSION = "pull-requests: write";
function defaultCommentKey(context) {
  return `${context.workflow ?? "mlops"}/${context.job ?? "report"}`;
}
var STICKY_MARKER_PREFIX = "<!-- mlops:sticky:";
function stickyMarker(key) {
  const safe = key.replace(/\s+/g, " ").replace(/[<>]/g, "_").replace(/-{2,}/g, "-").trim();
  return `${STICKY_MARKER_PREFIX}${safe} -->`;
}
async function upsertStickyComment(octokit, options) {
  const { owner, repo, issueNumber } = options;
  const marker = stickyMarker(options.key);
  const fitted = truncateComment(options.body, {
    limit: COMMENT_LIMIT - marker.length - 1,
    ...options.reportUrl === void 0 ? {} : { reportUrl: options.reportUrl }
  });
  const body = `${marker}
${fitted.body}`;
  const author = (options.authorLogin ?? await authenticatedLogin(octokit)).toLowerCase();
  const ours = async () => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 }).catch((error) => {
      throw toGitHubApiError(error, `Listing the comments of ${owner}/${repo}#${issueNumber}`, PERMISSION);
    });
    return comments.filter((c) => c.user?.login.toLowerCase() === author && firstLine(c.body) === marker).sort((a, b) => a.id - b.id);
  };
  const update = async (comment) => {
    try {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body });
    } catch (error) {
      throw toGitHubApiError(error, `Updating comment ${comment.html_url}`, PERMISSION);
    }
  };
  const result = (action, comment) => ({
    action,
    id: comment.id,
    url: comment.html_url,
    truncated: fitted.truncated
  });
  const existing = await ours();
  const canonical = existing[0];
  if (canonical) {
    await deleteAll(octokit, owner, repo, existing.slice(1));
    if (canonical.body === body) return result("unchanged", canonical);
    await update(canonical);
    return result("updated", canonical);
  }
  let created;
  try {
    created = (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data;
  } catch (error) {
    throw toGitHubApiError(error, `Commenting on ${owner}/${repo}#${issueNumber}`, PERMISSION);
  }
  const after = await ours();
  const winner = after[0] && after[0].id < created.id ? after[0] : created;
  await deleteAll(
    octokit,
    owner,
    repo,
    [...after, created].filter((c) => c.id > winner.id)
  );
  if (winner === created) return result("created", created);
  if (winner.body !== body) await update(winner);
  return result("updated", winner);
}
async function authenticatedLogin(octokit) {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (error.status === 403) return ACTIONS_BOT_LOGIN;
    throw toGitHubApiError(error, "Finding the token's user (GET /user)", PERMISSION);
  }
}
async function deleteAll(octokit, owner, repo, comments) {
  const ids = new Set(comments.map((c) => c.id));
  for (const id of ids) {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
    } catch (error) {
      if (error.status === 404) continue;
      throw toGitHubApiError(error, `Deleting duplicate comment ${id}`, PERMISSION);
    }
  }
}
function firstLine(body) {
  return (body ?? "").split("\n", 1)[0].trim();
}

export {
  isPermissionDenied,
  permissionDeniedHelp,
  GitHubApiError,
  toGitHubApiError,
  createAnnotatedTag,
  listTags,
  tagsWithMessage,
  openReleaseAsset,
  openRepositoryFile,
  readRunContext,
  uploadReportArtifact,
  truncateMarkdown,
  publishCheckRun,
  setCommitStatus,
  cutDescription,
  githubContentsFiles,
  createDeployment,
  setDeploymentStatus,
  latestSuccessfulDeployment,
  JOB_SUMMARY_LIMIT_BYTES,
  appendJobSummary,
  createOctokit,
  pullRequestOfRun,
  putReleaseAsset,
  listRunApprovals,
  COMMENT_LIMIT,
  truncateComment,
  ACTIONS_BOT_LOGIN,
  defaultCommentKey,
  STICKY_MARKER_PREFIX,
  stickyMarker,
  upsertStickyComment
};
