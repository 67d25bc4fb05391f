import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

export interface FaultRule {
  /** e.g. "POST"; any method when absent. */
  method?: string;
  /** A string matches the pathname exactly (no query); a RegExp is tested against the pathname. */
  path?: string | RegExp;
  /** How many matching requests the rule affects; unlimited when absent. */
  times?: number;
  /** Answer with this status instead of handling the request. */
  status?: number;
  /** Extra headers for the fault answer, e.g. `{ "retry-after": "1" }`. */
  headers?: Record<string, string>;
  /** JSON body of the fault answer; a GitHub-style `{ message }` when absent. */
  body?: unknown;
  /** A malformed body, sent as is. */
  rawBody?: string;
  /** Wait this long before handling the request (or before the fault answer). */
  delayMs?: number;
  /** Wait up to this much longer, drawn afresh for each request: latency that varies. */
  jitterMs?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /**
   * Handle the request first — the change happens — and only then answer with the fault (or drop):
   * a write that landed but whose answer was lost.
   */
  afterHandling?: boolean;
}

interface ActiveRule {
  rule: FaultRule;
  left: number;
}

const STATUS_MESSAGES: Record<number, string> = {
  403: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
  429: "API rate limit exceeded.",
};

/** Scripted failures shared by every emulator: the first matching rule with uses left applies. */
export class FaultInjector {
  #rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    this.#rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.#rules = [];
  }

  /** Called by an emulator for each request; returns true when the fault answered (or dropped) it. */
  async apply(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    const active = this.#take(req, false);
    return active ? answer(active.rule, req, res) : false;
  }

  /**
   * Called before the emulator handles a request: the fault that replaces its answer once handled,
   * if an `afterHandling` rule matches.
   */
  afterHandling(
    req: http.IncomingMessage,
  ): ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>) | undefined {
    const active = this.#take(req, true);
    return active ? (q, r) => answer(active.rule, q, r) : undefined;
  }

  #take(req: http.IncomingMessage, afterHandling: boolean): ActiveRule | undefined {
    const pathname = new URL(req.url ?? "/", "http://emulator").pathname;
    const active = this.#rules.find(
      (r) =>
        r.left > 0 &&
        (r.rule.afterHandling ?? false) === afterHandling &&
        matches(r.rule, req.method ?? "GET", pathname),
    );
    if (active) active.left -= 1;
    return active;
  }
}

async function answer(
  rule: FaultRule,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<boolean> {
  const delay = (rule.delayMs ?? 0) + Math.random() * (rule.jitterMs ?? 0);
  if (delay > 0) await sleep(delay);
  if (rule.drop) {
    req.socket.destroy();
    return true;
  }
  if (rule.status === undefined) return false;
  // An unread request body would otherwise stall a keep-alive connection.
  if (!req.readableEnded) req.resume();
  const text =
    rule.rawBody ??
    JSON.stringify(
      rule.body ?? {
        message: STATUS_MESSAGES[rule.status] ?? http.STATUS_CODES[rule.status] ?? "Error",
        documentation_url: "https://docs.github.com/rest",
        status: String(rule.status),
      },
    );
  res.writeHead(rule.status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...rule.headers,
  });
  res.end(text);
  return true;
}

function matches(rule: FaultRule, method: string, pathname: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  if (typeof rule.path === "string") return rule.path === pathname;
  rule.path.lastIndex = 0;
  return rule.path.test(pathname);
}
