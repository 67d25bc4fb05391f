import { RuntimeFailure } from "@mlops/core";

/**
 * The wire formats of the model servers the http scorer speaks. Each turns a batch of rows into a
 * request and the response back into one item per row.
 */
export type Dialect = "fastapi" | "mlflow" | "kserve";

export type Cell = string | number;

export interface DialectRequest {
  url: string;
  body: unknown;
}

export function buildRequest(
  dialect: Dialect,
  baseUrl: string,
  modelName: string,
  columns: readonly string[],
  rows: readonly Cell[][],
): DialectRequest {
  const base = baseUrl.replace(/\/+$/, "");
  switch (dialect) {
    case "fastapi":
      // FastAPI-style services: POST <url> {"features": [[...], ...]}, columns in `features` order.
      return { url: base, body: { features: rows } };
    case "mlflow":
      // `mlflow models serve`: pandas split orientation.
      return { url: `${base}/invocations`, body: { dataframe_split: { columns, data: rows } } };
    case "kserve":
      // Open Inference Protocol (KServe v2): one named tensor per column.
      return {
        url: `${base}/v2/models/${encodeURIComponent(modelName)}/infer`,
        body: {
          inputs: columns.map((name, c) => {
            const numeric = rows.every((r) => typeof r[c] === "number");
            return {
              name,
              shape: [rows.length],
              datatype: numeric ? "FP64" : "BYTES",
              data: rows.map((r) => r[c]),
            };
          }),
        },
      };
  }
}

/** The per-row items of a response body; a RuntimeFailure naming the dialect when the shape is wrong. */
export function responseItems(dialect: Dialect, body: unknown, source: string): unknown[] {
  const fail = (expected: string) =>
    new RuntimeFailure(`${source}: unexpected response from the model server (expected ${expected})`, {
      hint: `check that the server speaks the "${dialect}" dialect, or set scorer.dialect`,
    });
  const object = body !== null && typeof body === "object" ? (body as Record<string, unknown>) : undefined;
  switch (dialect) {
    case "fastapi": {
      const items = object?.prediction ?? object?.predictions;
      if (!Array.isArray(items)) throw fail('{"prediction": [...]}');
      return items;
    }
    case "mlflow": {
      const items = Array.isArray(body) ? body : object?.predictions;
      if (!Array.isArray(items)) throw fail('{"predictions": [...]}');
      return items;
    }
    case "kserve": {
      const outputs = object?.outputs;
      if (!Array.isArray(outputs) || outputs.length === 0) throw fail('{"outputs": [{"data": [...]}]}');
      const chosen = (outputs.find((o) => (o as { name?: string }).name === "probability") ?? outputs[0]) as {
        data?: unknown;
      };
      if (!Array.isArray(chosen.data)) throw fail('{"outputs": [{"data": [...]}]}');
      return chosen.data;
    }
  }
}
