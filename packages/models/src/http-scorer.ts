import { setTimeout as sleep } from "node:timers/promises";
import {
  bodyExcerpt,
  RuntimeFailure,
  registerSecret,
  retryAfterMs,
  withoutUrlCredentials,
} from "@mlops/core";
import { buildRequest, type Cell, responseItems } from "./http-dialects.ts";
import { concatPredictions, expectCount, type Predictions, predictionsFromItems } from "./predictions.ts";
import type { ScoreRequest } from "./scorer.ts";
import type { HttpScorerConfig } from "./scorer-config.ts";

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Scores against a model server: batches of rows, `concurrency` requests in flight, each retried on
 * 429 (honouring Retry-After), 5xx, timeouts and dropped connections with exponential backoff.
 */
export async function scoreWithHttp(config: HttpScorerConfig, request: ScoreRequest): Promise<Predictions> {
  const { dataset } = request;
  const columns = request.featureColumns.map((c) => dataset.columns[c]!);
  const target = withoutUrlCredentials(config.url);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/json",
    ...target.headers,
  };
  for (const [k, v] of Object.entries(config.headers)) {
    // What a header expands to is a credential more often than not: it is never printed.
    headers[k] = v.replace(/\$\{(\w+)\}/g, (_, name: string) => {
      registerSecret(request.env[name]);
      return request.env[name] ?? "";
    });
  }
  const batches = Math.max(1, Math.ceil(dataset.rows / config.batch_size));
  const results = new Array<Predictions>(batches);
  let next = 0;
  const worker = async () => {
    for (let b = next++; b < batches; b = next++) {
      const from = b * config.batch_size;
      const to = Math.min(dataset.rows, from + config.batch_size);
      const rows = dataset
        .rowFields(from, to, request.featureColumns)
        .map((fields) => fields.map((v): Cell => (NUMBER.test(v) ? Number(v) : v)));
      const req = buildRequest(
        config.dialect,
        target.url,
        config.model_name ?? request.modelName,
        columns,
        rows,
      );
      const source = `${request.what} model server ${req.url} (rows ${from + 1}–${to})`;
      const body = await postWithRetries(req.url, req.body, headers, config, source, request);
      const predictions = predictionsFromItems(
        responseItems(config.dialect, body, source),
        request.task,
        source,
      );
      expectCount(predictions, to - from, source);
      results[b] = predictions;
      request.progress?.(to - from);
    }
  };
  await Promise.all(Array.from({ length: Math.min(config.concurrency, batches) }, worker));
  return concatPredictions(results);
}

async function postWithRetries(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  config: HttpScorerConfig,
  source: string,
  request: ScoreRequest,
): Promise<unknown> {
  const payload = JSON.stringify(body);
  let lastProblem = "";
  for (let attempt = 0; attempt <= config.retries; attempt++) {
    let waitMs = Math.min(8000, 100 * 2 ** attempt);
    try {
      const res = await fetch(url, {
        method: "POST",
        headers,
        body: payload,
        signal: AbortSignal.timeout(config.timeout),
      });
      const text = await res.text();
      if (res.ok) {
        try {
          return JSON.parse(text);
        } catch {
          const type = res.headers.get("content-type") ?? "no content type";
          lastProblem = `HTTP ${res.status} answered ${type}, not JSON: ${bodyExcerpt(text)}`;
        }
      } else if (res.status === 429 || res.status >= 500) {
        lastProblem = `HTTP ${res.status}`;
        waitMs = retryAfterMs(res.headers) ?? waitMs;
      } else {
        throw new RuntimeFailure(`${source}: HTTP ${res.status}: ${bodyExcerpt(text, 300)}`, {
          hint: "the server rejected the request; check scorer.url, scorer.dialect and the feature columns",
        });
      }
    } catch (e) {
      if (e instanceof RuntimeFailure) throw e;
      const err = e as Error & { cause?: { code?: string; message?: string; errors?: { code?: string }[] } };
      lastProblem =
        err.name === "TimeoutError"
          ? `no response within ${config.timeout / 1000} s`
          : (err.cause?.code ?? err.cause?.errors?.[0]?.code ?? err.cause?.message ?? err.message);
    }
    if (attempt < config.retries) {
      request.logger.warn(
        `${source}: ${lastProblem}; retry ${attempt + 1}/${config.retries} in ${waitMs} ms`,
      );
      await sleep(waitMs);
    }
  }
  throw new RuntimeFailure(`${source}: ${lastProblem} (after ${config.retries + 1} attempts)`, {
    hint: "is the model server up and reachable from this runner? Raise scorer.timeout or scorer.retries for a slow server",
  });
}
