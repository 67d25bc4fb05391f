import type http from "node:http";
import { FaultInjector } from "./faults.ts";
import { listenOnLoopback, readBody } from "./loopback.ts";

/**
 * A model server speaking the three dialects the http scorer supports, on one loopback port:
 * FastAPI style `POST /predict {"features": [[...]]}` → `{"prediction": [...]}`, MLflow's
 * `POST /invocations {"dataframe_split": {columns, data}}` → `{"predictions": [...]}`, and KServe v2
 * `POST /v2/models/<name>/infer {"inputs": [...]}` → `{"outputs": [...]}`. The model is a function of
 * one row (column name → value). Faults (429, 5xx, delays, drops, malformed bodies) come from `faults`.
 */
export interface ModelServer {
  url: string;
  faults: FaultInjector;
  /** Requests answered (not counting injected faults), by path. */
  requests: Map<string, number>;
  /** Largest number of requests in flight at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

export type RowModel = (row: Record<string, string | number>) => number;

export async function startModelServer(
  model: RowModel,
  options: { kserveName?: string } = {},
): Promise<ModelServer> {
  const faults = new FaultInjector();
  const requests = new Map<string, number>();
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const kservePath = `/v2/models/${options.kserveName ?? "churn"}/infer`;
  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json" });
    res.end(text);
  };
  const server = await listenOnLoopback(async (req, res) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    try {
      if (await faults.apply(req, res)) return;
      const pathname = new URL(req.url ?? "/", "http://model").pathname;
      const body = JSON.parse((await readBody(req)).toString("utf8")) as Record<string, unknown>;
      requests.set(pathname, (requests.get(pathname) ?? 0) + 1);
      if (req.method === "POST" && pathname === "/predict") {
        const rows = body.features as (string | number)[][];
        json(res, 200, {
          prediction: rows.map((r) => model(Object.fromEntries(r.map((v, i) => [`f${i}`, v])))),
        });
      } else if (req.method === "POST" && pathname === "/invocations") {
        const { columns, data } = body.dataframe_split as { columns: string[]; data: (string | number)[][] };
        json(res, 200, {
          predictions: data.map((r) => model(Object.fromEntries(columns.map((c, i) => [c, r[i]!])))),
        });
      } else if (req.method === "POST" && pathname === kservePath) {
        const inputs = body.inputs as { name: string; shape: number[]; data: (string | number)[] }[];
        const n = inputs[0]!.shape[0]!;
        const out = Array.from({ length: n }, (_, i) =>
          model(Object.fromEntries(inputs.map((t) => [t.name, t.data[i]!]))),
        );
        json(res, 200, {
          model_name: "churn",
          outputs: [{ name: "probability", shape: [n], datatype: "FP64", data: out }],
        });
      } else {
        json(res, 404, { error: `no route ${req.method} ${pathname}` });
      }
    } finally {
      inFlight--;
    }
  });
  return {
    url: server.url,
    faults,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: server.close,
  };
}
