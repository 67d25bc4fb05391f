import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";

/**
 * Put in a request's `fetchOptions` (`{ [ON_RECEIVED]: fn }`): called once a successful (2xx) answer
 * has wholly arrived, before the SDK parses it. The provider frees the request's concurrency slot
 * there, so the next request leaves while this answer is still being parsed and graded. Error answers
 * are left to the provider, which frees the slot only once a Retry-After they carry is in force; event
 * streams too, which are timed as they are read.
 */
export const ON_RECEIVED = Symbol("mlops.onReceived");

/**
 * A `fetch` for the `openai` SDK on `node:http` with a keep-alive pool of at least `concurrency` sockets.
 * Node's built-in fetch (undici, WHATWG streams) costs ≈ 2.5 ms of CPU per chat call on a small VM and
 * makes enough garbage to grow the young generation; this costs ≈ 1.5 ms, which is what decides the wall
 * time at concurrency 20 on two cores. JSON answers are read whole; an event stream is handed over as a
 * web stream, as the SDK expects. The proxy variables of `env` are honoured (`HTTPS_PROXY`, `HTTP_PROXY`,
 * `NO_PROXY`, in either case), so a runner behind a proxy needs no extra setting; the runner's own
 * loopback (a local model server) is never sent to the proxy.
 */
export function createPooledFetch(concurrency: number, env: NodeJS.ProcessEnv): typeof fetch {
  const noProxy = [env.NO_PROXY ?? env.no_proxy, "localhost", "127.0.0.1", "::1"].filter(Boolean).join(",");
  const proxyEnv = { ...env, NO_PROXY: noProxy, no_proxy: noProxy };
  // Idle keep-alive sockets are unreferenced by node:http, so the pool never holds the process open.
  const options = { keepAlive: true, maxSockets: Math.max(1, concurrency), proxyEnv };
  const agents = { "http:": new http.Agent(options), "https:": new https.Agent(options) };

  const pooled = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const body = init.body;
    if ((url.protocol !== "http:" && url.protocol !== "https:") || !isPlainBody(body)) {
      return globalThis.fetch(input, init);
    }
    const hook = (init as { [ON_RECEIVED]?: () => void })[ON_RECEIVED];
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const request = url.protocol === "https:" ? https.request : http.request;
    return new Promise<Response>((resolve, reject) => {
      const req = request(
        url,
        {
          method: init.method ?? "GET",
          headers,
          agent: agents[url.protocol as "http:" | "https:"],
          signal: init.signal ?? undefined,
        },
        (res) => {
          const responseHeaders = new Headers();
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
            responseHeaders.append(res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string);
          }
          const status = res.statusCode ?? 502;
          const onReceived = status >= 200 && status < 300 ? hook : undefined;
          const init = { status, statusText: res.statusMessage, headers: responseHeaders };
          const noBody = status === 204 || status === 304 || status < 200;
          if (noBody) {
            res.resume();
            onReceived?.();
            resolve(new Response(null, init));
          } else if ((res.headers["content-type"] ?? "").startsWith("text/event-stream")) {
            resolve(new Response(Readable.toWeb(res) as ReadableStream, init));
          } else {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => {
              onReceived?.();
              // Parsing waits for the check phase: answers that arrived together all free their slots
              // (and send the next requests) before any of them is parsed.
              setImmediate(() => resolve(new Response(Buffer.concat(chunks), init)));
            });
            res.on("error", reject);
            // A connection dropped mid-body ends the response without "end".
            res.on("close", () => {
              if (!res.complete) reject(new Error("the connection closed before the response was complete"));
            });
          }
        },
      );
      req.on("error", reject);
      req.end(body ?? undefined);
    });
  };

  return pooled as typeof fetch;
}

function isPlainBody(body: RequestInit["body"]): body is string | Uint8Array | null | undefined {
  return body === undefined || body === null || typeof body === "string" || body instanceof Uint8Array;
}
