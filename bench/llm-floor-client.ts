/**
 * The least a client does against the benchmark's emulator: `cases` chat completions at a fixed
 * concurrency through bare `node:http`, or through the `openai` SDK on the pooled transport mlops uses —
 * nothing rendered, graded or stored. Run in a fresh process, as an evaluation runs, it prints the
 * milliseconds from the first request to the last answer: what the machine, the emulator and the SDK
 * cost before any work of ours.
 *
 *   node bench/llm-floor-client.ts --url http://127.0.0.1:PORT/v1 --cases 200 --concurrency 20 --client sdk
 */
import http from "node:http";
import { parseArgs } from "node:util";
import OpenAI from "openai";
import { createPooledFetch } from "../packages/llm/src/http-fetch.ts";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    cases: { type: "string", default: "200" },
    concurrency: { type: "string", default: "20" },
    client: { type: "string", default: "sdk" },
  },
});
if (!values.url || (values.client !== "sdk" && values.client !== "http")) {
  throw new Error("usage: --url <base url> [--cases N] [--concurrency N] --client sdk|http");
}
const cases = Number(values.cases);
const concurrency = Number(values.concurrency);
const model = "gpt-4o-mini";
const messagesOf = (i: number) => [
  { role: "user" as const, content: `Explain the churn risk of customer Customer${i} in one sentence.` },
];

let call: (i: number) => Promise<unknown>;
if (values.client === "sdk") {
  const client = new OpenAI({
    apiKey: "sk-bench-key",
    baseURL: values.url,
    maxRetries: 0,
    fetch: createPooledFetch(concurrency, {}),
  });
  call = (i) => client.chat.completions.create({ model, messages: messagesOf(i) });
} else {
  const url = new URL(`${values.url}/chat/completions`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  call = (i) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ model, messages: messagesOf(i) });
      const headers = {
        "content-type": "application/json",
        authorization: "Bearer sk-bench-key",
        "content-length": Buffer.byteLength(body),
      };
      const req = http.request(url, { method: "POST", agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
}

const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, cases) }, async () => {
    while (next < cases) await call(next++);
  }),
);
console.log((performance.now() - started).toFixed(1));
