import http from "node:http";
import { type LoopbackServer, listenOnLoopback } from "./loopback.ts";

/**
 * A forward HTTP proxy on loopback, as an egress proxy behaves for plain-HTTP targets: it takes
 * absolute-form requests (`POST http://host:port/path`), resolves the host itself (`hosts` maps names
 * the client cannot resolve, like a proxy's own DNS), forwards the request, streams the answer back,
 * and records every URL it carried.
 */
export interface HttpProxy extends LoopbackServer {
  carried: string[];
}

export async function startHttpProxy(hosts: Record<string, string> = {}): Promise<HttpProxy> {
  const carried: string[] = [];
  const server = await listenOnLoopback(async (req, res) => {
    const target = req.url ?? "";
    if (!/^http:\/\//.test(target)) {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end("a forward proxy takes absolute-form URLs");
      return;
    }
    carried.push(target);
    const url = new URL(target);
    const host = hosts[url.hostname] ?? url.hostname;
    await new Promise<void>((resolve, reject) => {
      const upstream = http.request(
        {
          host,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on("end", resolve);
        },
      );
      upstream.on("error", reject);
      req.pipe(upstream);
    });
  });
  return { ...server, carried };
}
