/**
 * An OpenAI-compatible chat completions server for tests, the demo and benchmarks: the wire protocol the
 * `openai` SDK speaks (JSON and server-sent events with `stream_options.include_usage`, `usage` with
 * cached and reasoning token details, OpenAI-style errors), the Azure deployment path, responses
 * scripted by matching the request, a fixed latency, and faults (429 with Retry-After, 5xx, timeouts,
 * dropped connections, malformed bodies) through the shared `FaultInjector`. Token log-probabilities when
 * a request asks for them, and an embeddings endpoint with deterministic vectors (a hashed bag of words:
 * texts sharing words have a high cosine), so LLM-judged metrics run offline end to end.
 *
 * Run standalone: `node test/emulators/openai-api.ts --port 0 --latency 50 --script file.json --print-url`
 * (`--behaviour vulnerable|hardened|guarded` answers unscripted requests as an attackable model would,
 * `--behaviour attacker` as a red-team attacker model)
 * prints the base URL (ending in /v1) on its first stdout line and serves until killed.
 */
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { attackableReply, MODEL_BEHAVIOURS, type ModelBehaviour } from "./attackable-model.ts";
import { attackerReply } from "./attacker-model.ts";
import { FaultInjector, type FaultRule } from "./faults.ts";
import { readBody } from "./loopback.ts";

export interface ChatMessage {
  role: string;
  content: unknown;
  name?: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string };
  [key: string]: unknown;
}

/** What a scripted rule answers. Token counts default to ⌈characters ÷ 4⌉ of the request and the reply. */
export interface ScriptedReply {
  content: string;
  /** Function calls in the answer (`arguments` is JSON text, sent as written); finish reason `tool_calls`. */
  toolCalls?: Array<{ name: string; arguments: string }>;
  finishReason?: "stop" | "length" | "content_filter" | "tool_calls";
  promptTokens?: number;
  completionTokens?: number;
  cachedTokens?: number;
  reasoningTokens?: number;
  /** Extra latency for this reply, added to the server's. */
  latencyMs?: number;
  /**
   * Log-probabilities of the reply's tokens, sent when the request asks for logprobs. Without them such
   * a request gets the reply split into words and digits, each certain (logprob 0) and its own only
   * alternative.
   */
  logprobs?: Array<{ token: string; logprob: number; top: Array<{ token: string; logprob: number }> }>;
}

export interface ScriptRule {
  /** All given conditions must hold. `contains`/`regex` look at the text of every message. */
  match?: { model?: string; contains?: string; regex?: string; role?: string };
  reply: ScriptedReply | ((request: ChatRequest) => ScriptedReply);
  /** How many requests the rule answers; unlimited when absent. */
  times?: number;
}

export interface OpenAIEmulatorOptions {
  /** Latency of every answer in ms (default 0). */
  latencyMs?: number;
  /** When set, requests must carry one of these keys (Bearer or Azure `api-key`), else 401. */
  apiKeys?: string[];
  rules?: ScriptRule[];
  port?: number;
  /** Echo the caller's key in `model` and `system_fingerprint`, as a careless proxy might. */
  echoKey?: boolean;
  /** How requests no rule matches are answered: an echo of the last user message (default), or a model
   * that attacks succeed against (`vulnerable`), fail against (`hardened`), or fail against only while
   * its system prompt keeps its guard sentence (`guarded`), see attackable-model.ts; or a red-team
   * attacker proposing ever stronger attacks on the goal it is given (`attacker`), see attacker-model.ts. */
  behaviour?: "echo" | "attacker" | ModelBehaviour;
}

export interface RecordedChatRequest {
  path: string;
  body: ChatRequest;
  /** Header names only: values may hold credentials and tests must not depend on them. */
  headerNames: string[];
}

export interface OpenAIEmulator {
  /** Base URL for the SDK's `baseURL`: "http://127.0.0.1:<port>/v1". */
  url: string;
  /** "http://127.0.0.1:<port>", for Azure's `endpoint`. */
  origin: string;
  faults: FaultInjector;
  requests: RecordedChatRequest[];
  /** Chat completions answered (faults excluded). */
  readonly completions: number;
  /** Embeddings requests answered (faults excluded). */
  readonly embeddings: number;
  /** The most requests ever in flight at once. */
  readonly maxInFlight: number;
  script(rule: ScriptRule): void;
  setLatency(ms: number): void;
  reset(): void;
  close(): Promise<void>;
}

/** A fault answered the way OpenAI answers it, e.g. `openAIFault(429, { retryAfter: "1", times: 3 })`. */
export function openAIFault(
  status: number,
  options: { retryAfter?: string; times?: number; path?: string | RegExp } = {},
): FaultRule {
  const type =
    status === 429 ? "rate_limit_exceeded" : status >= 500 ? "server_error" : "invalid_request_error";
  return {
    method: "POST",
    path: options.path ?? /\/chat\/completions$/,
    status,
    times: options.times,
    headers: options.retryAfter === undefined ? undefined : { "retry-after": options.retryAfter },
    body: { error: { message: `emulated ${status}`, type, param: null, code: type } },
  };
}

const tokensOf = (chars: number) => Math.max(1, Math.ceil(chars / 4));

export function messageText(message: ChatMessage): string {
  if (typeof message.content === "string") return message.content;
  if (Array.isArray(message.content)) {
    return message.content
      .map((part) => (part && typeof part === "object" && "text" in part ? String(part.text) : ""))
      .join("");
  }
  return "";
}

function ruleMatches(rule: ScriptRule, request: ChatRequest): boolean {
  const m = rule.match;
  if (!m) return true;
  if (m.model !== undefined && m.model !== request.model) return false;
  const messages = m.role ? request.messages.filter((x) => x.role === m.role) : request.messages;
  const text = messages.map(messageText).join("\n");
  if (m.contains !== undefined && !text.includes(m.contains)) return false;
  if (m.regex !== undefined && !new RegExp(m.regex).test(text)) return false;
  return true;
}

/** The default reply echoes the last user message, so every case has a deterministic answer. */
function echo(request: ChatRequest): ScriptedReply {
  const last = [...request.messages].reverse().find((m) => m.role === "user");
  return { content: `Echo: ${last ? messageText(last) : ""}` };
}

function apiError(res: http.ServerResponse, status: number, message: string, type: string): void {
  const text = JSON.stringify({ error: { message, type, param: null, code: null } });
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function validate(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return "the body must be a JSON object";
  const b = body as Record<string, unknown>;
  if (typeof b.model !== "string" || b.model === "") return "you must provide a model parameter";
  if (!Array.isArray(b.messages) || b.messages.length === 0) return "messages must be a non-empty array";
  for (const m of b.messages) {
    if (!m || typeof m !== "object" || typeof (m as ChatMessage).role !== "string") {
      return "every message needs a role";
    }
  }
  return undefined;
}

/** Words hashed into this many dimensions: enough that unrelated short texts rarely collide. */
const EMBEDDING_DIMENSIONS = 256;

/** A hashed bag of lowercase words, unit length: the same words give the same vector whatever the order. */
export function embeddingOf(text: string): number[] {
  const vector = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    let h = 2166136261;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    vector[(h >>> 0) % EMBEDDING_DIMENSIONS]! += 1;
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((x) => x / norm);
}

function logprobsOf(reply: ScriptedReply) {
  const tokens =
    reply.logprobs ??
    (reply.content.match(/\d+|[^\d]+/g) ?? []).map((token) => ({
      token,
      logprob: 0,
      top: [{ token, logprob: 0 }],
    }));
  return {
    content: tokens.map((t) => ({
      token: t.token,
      logprob: t.logprob,
      bytes: [...Buffer.from(t.token)],
      top_logprobs: t.top.map((x) => ({ ...x, bytes: [...Buffer.from(x.token)] })),
    })),
    refusal: null,
  };
}

export async function startOpenAIEmulator(options: OpenAIEmulatorOptions = {}): Promise<OpenAIEmulator> {
  const faults = new FaultInjector();
  const requests: RecordedChatRequest[] = [];
  let rules = (options.rules ?? []).map((rule) => ({ rule, left: rule.times ?? Number.POSITIVE_INFINITY }));
  let latencyMs = options.latencyMs ?? 0;
  let completions = 0;
  let embeddings = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let sequence = 0;

  const keyOf = (req: http.IncomingMessage): string | undefined =>
    /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ??
    (req.headers["api-key"] as string | undefined);
  const authorized = (req: http.IncomingMessage): boolean => {
    if (!options.apiKeys) return true;
    const key = keyOf(req);
    return key !== undefined && options.apiKeys.includes(key);
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://emulator");
    if (req.method === "GET" && url.pathname === "/v1/models") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ object: "list", data: [{ id: "emulated", object: "model", owned_by: "test" }] }),
      );
      return;
    }
    if (req.method === "POST" && url.pathname === "/v1/embeddings") {
      if (await faults.apply(req, res)) return;
      if (!authorized(req)) {
        apiError(res, 401, "Incorrect API key provided.", "invalid_request_error");
        return;
      }
      const arrived = performance.now();
      const body = JSON.parse((await readBody(req)).toString("utf8")) as { model?: string; input?: unknown };
      const input = typeof body.input === "string" ? [body.input] : body.input;
      if (!Array.isArray(input) || !input.every((t) => typeof t === "string")) {
        apiError(res, 400, "input must be a string or an array of strings", "invalid_request_error");
        return;
      }
      const wait = arrived + latencyMs - performance.now();
      if (wait > 0) await sleep(wait);
      embeddings++;
      const promptTokens = tokensOf(input.reduce((n, t) => n + t.length, 0));
      const text = JSON.stringify({
        object: "list",
        model: body.model,
        data: input.map((t, index) => ({ object: "embedding", index, embedding: embeddingOf(t) })),
        usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
      });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    const azure = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(url.pathname);
    if (req.method !== "POST" || (url.pathname !== "/v1/chat/completions" && !azure)) {
      apiError(res, 404, `unknown route ${req.method} ${url.pathname}`, "invalid_request_error");
      return;
    }
    if (await faults.apply(req, res)) return;
    // Latency counts from here (after any injected delay), as a client sees it: reading and parsing the
    // body are part of it, not added to it.
    const arrived = performance.now();
    if (!authorized(req)) {
      apiError(res, 401, "Incorrect API key provided.", "invalid_request_error");
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)).toString("utf8"));
    } catch {
      apiError(res, 400, "We could not parse the JSON body of your request.", "invalid_request_error");
      return;
    }
    // On Azure the deployment in the path decides the model, whatever the body says.
    if (azure && body && typeof body === "object") (body as Record<string, unknown>).model = azure[1];
    const problem = validate(body);
    if (problem) {
      apiError(res, 400, problem, "invalid_request_error");
      return;
    }
    const request = body as ChatRequest;
    requests.push({ path: url.pathname, body: request, headerNames: Object.keys(req.headers).sort() });

    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const active = rules.find((r) => r.left > 0 && ruleMatches(r.rule, request));
      if (active) active.left--;
      const reply = active
        ? typeof active.rule.reply === "function"
          ? active.rule.reply(request)
          : active.rule.reply
        : options.behaviour === "attacker"
          ? attackerReply(request)
          : options.behaviour && options.behaviour !== "echo"
            ? attackableReply(options.behaviour, request)
            : echo(request);
      const wait = arrived + latencyMs + (reply.latencyMs ?? 0) - performance.now();
      if (wait > 0) await sleep(wait);
      if (res.destroyed) return;
      completions++;
      const promptChars = request.messages.reduce((n, m) => n + messageText(m).length, 0);
      const promptTokens = reply.promptTokens ?? tokensOf(promptChars);
      const completionTokens = reply.completionTokens ?? tokensOf(reply.content.length);
      const usage = {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        prompt_tokens_details: { cached_tokens: reply.cachedTokens ?? 0, audio_tokens: 0 },
        completion_tokens_details: {
          reasoning_tokens: reply.reasoningTokens ?? 0,
          audio_tokens: 0,
          accepted_prediction_tokens: 0,
          rejected_prediction_tokens: 0,
        },
      };
      const id = `chatcmpl-emu${++sequence}`;
      const created = 1_700_000_000;
      const toolCalls = (reply.toolCalls ?? []).map((call, i) => ({
        id: `call_emu${sequence}_${i}`,
        type: "function",
        function: call,
      }));
      const finishReason = reply.finishReason ?? (toolCalls.length > 0 ? "tool_calls" : "stop");
      const echoed = options.echoKey ? `-${keyOf(req) ?? ""}` : "";
      const model = `${request.model}${echoed}`;
      const fingerprint = `fp_emulator${echoed}`;
      if (request.stream) {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
          `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, system_fingerprint: fingerprint, choices, ...extra })}\n\n`;
        const withUsage = request.stream_options?.include_usage === true;
        const usageField = withUsage ? { usage: null } : {};
        res.write(
          chunk([{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }], usageField),
        );
        // Split the reply in a few pieces, as a real server streams tokens.
        const pieces = reply.content.match(/[\s\S]{1,16}/g) ?? [];
        for (const piece of pieces) {
          res.write(chunk([{ index: 0, delta: { content: piece }, finish_reason: null }], usageField));
        }
        // The name and id come first, the arguments in two fragments, as OpenAI streams them.
        for (const [index, call] of toolCalls.entries()) {
          const half = Math.ceil(call.function.arguments.length / 2);
          const parts = [
            { index, id: call.id, type: "function", function: { name: call.function.name, arguments: "" } },
            { index, function: { arguments: call.function.arguments.slice(0, half) } },
            { index, function: { arguments: call.function.arguments.slice(half) } },
          ];
          for (const part of parts)
            res.write(chunk([{ index: 0, delta: { tool_calls: [part] }, finish_reason: null }], usageField));
        }
        res.write(chunk([{ index: 0, delta: {}, finish_reason: finishReason }], usageField));
        if (withUsage) res.write(chunk([], { usage }));
        res.end("data: [DONE]\n\n");
        return;
      }
      const text = JSON.stringify({
        id,
        object: "chat.completion",
        created,
        model,
        system_fingerprint: fingerprint,
        choices: [
          {
            index: 0,
            message: {
              role: "assistant",
              content: reply.content,
              refusal: null,
              ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
            },
            logprobs: request.logprobs === true ? logprobsOf(reply) : null,
            finish_reason: finishReason,
          },
        ],
        usage,
      });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.end(text);
    } finally {
      inFlight--;
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else apiError(res, 500, `emulator error: ${String(error)}`, "server_error");
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/v1`,
    origin,
    faults,
    requests,
    get completions() {
      return completions;
    },
    get embeddings() {
      return embeddings;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    script(rule) {
      rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    reset() {
      rules = [];
      faults.clear();
      requests.length = 0;
      completions = 0;
      embeddings = 0;
      maxInFlight = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface ScriptFile {
  latencyMs?: number;
  rules?: ScriptRule[];
  behaviour?: OpenAIEmulatorOptions["behaviour"];
}

/** A script file: `{ "latencyMs": 50, "behaviour": "guarded", "rules": [{ "match": {...}, "reply": {...} }] }`. */
async function loadScript(file: string): Promise<ScriptFile> {
  const script = JSON.parse(await readFile(file, "utf8")) as ScriptFile;
  const { behaviour } = script;
  if (behaviour && behaviour !== "echo" && behaviour !== "attacker" && !MODEL_BEHAVIOURS.includes(behaviour))
    throw new Error(`${file}: behaviour must be echo, attacker or one of ${MODEL_BEHAVIOURS.join(", ")}`);
  return script;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "0" },
      latency: { type: "string" },
      script: { type: "string" },
      "print-url": { type: "boolean", default: false },
      behaviour: { type: "string" },
    },
  });
  const script = values.script ? await loadScript(values.script) : {};
  const emulator = await startOpenAIEmulator({
    port: Number(values.port),
    latencyMs: values.latency === undefined ? script.latencyMs : Number(values.latency),
    rules: script.rules,
    behaviour: (values.behaviour as ScriptFile["behaviour"]) ?? script.behaviour,
  });
  if (values["print-url"]) process.stdout.write(`${emulator.url}\n`);
  else process.stdout.write(`OpenAI-compatible emulator listening on ${emulator.url}\n`);
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
