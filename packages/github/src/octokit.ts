import { randomUUID } from "node:crypto";
import type { getOctokit } from "@actions/github";
import { retryAfterMs } from "@mlops/core";
import type { RetryPlugin, retry } from "@octokit/plugin-retry";
import { redactForPublishing, redactToken } from "./redact-token.ts";

export type GitHubClient = ReturnType<typeof getOctokit>;
type RequestError = Parameters<RetryPlugin["retry"]["retryRequest"]>[0];
type RetryFactory = typeof retry;

export interface CreateOctokitOptions {
  /** REST API root; defaults to `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  /** How often one request is retried after a rate limit or a server error (default 3). */
  retries?: number;
  onWarning?: (message: string) => void;
}

/**
 * An authenticated client for the GitHub REST API that waits out rate limits and retries server errors,
 * honouring `Retry-After`, and that never sends its own token, or any credential `redact` recognises, in a
 * request body.
 */
export async function createOctokit(
  token: string,
  options: CreateOctokitOptions = {},
): Promise<GitHubClient> {
  // Loaded on first use: the client and its HTTP stack are most of an action's code, and a run that
  // talks to no API (local runs, reports without a comment) should not pay to parse them.
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import("@actions/github"),
    import("@octokit/plugin-retry"),
    import("@octokit/plugin-throttling"),
  ]);
  const retries = options.retries ?? 3;
  const warn = options.onWarning ?? (() => {});
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(
    /\/+$/,
    "",
  );

  const onLimit =
    (kind: string) =>
    (after: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
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
      ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
      log: { debug: () => {}, info: () => {}, warn, error: warn },
      retry: { retries },
      throttle: {
        // The plugin's write spacing and concurrency limits are module-global per id: one id per client
        // keeps separate clients (separate jobs in production) from queueing behind each other.
        id: randomUUID(),
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
      },
    },
    retryHonouringRetryAfter(retry, warn),
    throttling,
  );

  octokit.hook.before("request", (request) => {
    for (const key of Object.keys(request)) {
      if (TRANSPORT_KEYS.has(key)) continue;
      // A file's base64 content is opaque: a credential shape found there would be chance, not a leak.
      request[key] =
        key === "content" ? redactToken(request[key], token) : redactForPublishing(request[key], token);
    }
  });
  return octokit;
}

const TRANSPORT_KEYS = new Set(["method", "url", "baseUrl", "headers", "request", "mediaType"]);

/**
 * The retry plugin waits 1, 4, 9… seconds whatever the server said. Its `retryRequest` is the one place
 * that sets the wait, so wrapping it lets `Retry-After` decide. Rate limits (403 or 429) pass straight
 * through to the throttling plugin, which knows how long GitHub wants us to wait; a bare 429 or a 5xx
 * is retried here.
 */
function retryHonouringRetryAfter(retry: RetryFactory, warn: (message: string) => void) {
  return (...[octokit, octokitOptions]: Parameters<typeof retry>) => {
    const plugin = retry(octokit, octokitOptions);
    const backoff = plugin.retry.retryRequest;
    plugin.retry.retryRequest = (error: RequestError, retries: number, retryAfter: number) => {
      if (isRateLimit(error)) return backoff(error, 0, 0);
      const told = retryAfterMs(error.response?.headers);
      const wait = told === undefined ? retryAfter : Math.ceil(told / 1000);
      const done = Number(error.request.request?.retryCount ?? 0);
      if (done < retries) {
        warn(
          `GitHub answered ${error.status} to ${error.request.method} ${error.request.url}; retrying in ${wait}s.`,
        );
      }
      return backoff(error, retries, wait);
    };
    return plugin;
  };
}

/** The throttling plugin's own test for primary and secondary rate limits. */
function isRateLimit(error: RequestError): boolean {
  return (
    /\bsecondary rate\b/i.test(error.message) || error.response?.headers["x-ratelimit-remaining"] === "0"
  );
}
