import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { ConfigError, isMlopsError, RuntimeFailure } from "@mlops/core";
import { type DatasetScan, type ScanOptions, scanDataset } from "./table-scan.ts";

/**
 * Scanning a dataset on a worker thread, so the reference is read while the data is (the machine's
 * second core). The worker runs this very module, found by `import.meta.url`: from source that is this
 * file; in a bundle, the shared chunk esbuild puts it in — never an action's entry file, whose top-level
 * code would run again, because the module is a build entry point of its own and so always shared. The
 * block at the end starts the scan when the module is loaded as a worker with its marker. The scan comes
 * back by structured clone with its typed arrays transferred, not copied; an error comes back as what it
 * was (a ConfigError keeps its location and hint).
 */

const MARKER = "mlops-data-scan";

interface Job {
  file: string;
  options: Omit<ScanOptions, "onTypes">;
}

type Reply =
  | { ok: true; scan: DatasetScan }
  | {
      ok: false;
      kind: "config" | "runtime" | "other";
      message: string;
      hint?: string;
      location?: ConfigError["location"];
    };

export interface WorkerScan {
  result: Promise<DatasetScan>;
  /** Stops the worker (when the run fails before its result is wanted). */
  cancel(): void;
}

export function scanInWorker(file: string, options: Omit<ScanOptions, "onTypes">): WorkerScan {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { [MARKER]: { file, options } satisfies Job },
  });
  let settled = false;
  const result = new Promise<DatasetScan>((resolve, reject) => {
    worker.once("message", (reply: Reply) => {
      settled = true;
      if (reply.ok) resolve(reply.scan);
      else reject(revive(reply));
    });
    worker.once("error", (e) => {
      settled = true;
      reject(new RuntimeFailure(`reading ${file} failed: ${e.message}`, { cause: e }));
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new RuntimeFailure(`reading ${file} stopped (worker exit code ${code})`));
    });
  });
  // Nobody may be waiting yet; a failure is reported when the result is awaited.
  result.catch(() => {});
  return {
    result,
    cancel() {
      settled = true;
      void worker.terminate();
    },
  };
}

function revive(reply: Extract<Reply, { ok: false }>): Error {
  const options = {
    ...(reply.hint !== undefined ? { hint: reply.hint } : {}),
    ...(reply.location !== undefined ? { location: reply.location } : {}),
  };
  if (reply.kind === "config") return new ConfigError(reply.message, options);
  if (reply.kind === "runtime") return new RuntimeFailure(reply.message, options);
  return new Error(reply.message);
}

/** The buffers of the scan's typed arrays, to transfer rather than copy. */
function buffersOf(scan: DatasetScan): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (a: { buffer: ArrayBufferLike } | undefined) => {
    if (a && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  };
  add(scan.rowKeys);
  for (const c of scan.columns) {
    add(c.numbers);
    add(c.codes);
    add(c.unique?.keys);
    add(c.unique?.rows);
  }
  add(scan.primaryKey?.keys);
  return [...buffers];
}

async function work(port: NonNullable<typeof parentPort>, job: Job): Promise<void> {
  try {
    const scan = await scanDataset(job.file, job.options);
    port.postMessage({ ok: true, scan } satisfies Reply, buffersOf(scan));
  } catch (e) {
    const kind = isMlopsError(e) ? e.kind : "other";
    port.postMessage({
      ok: false,
      kind,
      message: (e as Error).message,
      ...(isMlopsError(e) && e.hint !== undefined ? { hint: e.hint } : {}),
      ...(isMlopsError(e) && e.location !== undefined ? { location: e.location } : {}),
    } satisfies Reply);
  }
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[MARKER]) {
  await work(parentPort, (workerData as Record<string, Job>)[MARKER]!);
}
