import { withoutUrlCredentials } from "@mlops/core";
import { type ProcessOptions, processFailure, runProcess } from "./run-process.ts";

export interface HealthResult {
  healthy: boolean;
  attempts: number;
  detail: string;
}

/**
 * Polls until healthy or `timeoutMs` passes: a URL must answer 2xx, a command must exit 0. Each probe
 * has the time that remains, so a hanging server cannot stretch the deadline.
 */
export async function checkHealth(
  probe: { url: string } | ({ argv: string[] } & Omit<ProcessOptions, "timeoutMs" | "signal">),
  options: { timeoutMs: number; intervalMs: number; signal?: AbortSignal },
): Promise<HealthResult> {
  const deadline = Date.now() + options.timeoutMs;
  let attempts = 0;
  let detail = "";
  // Credentials move to a header once, not on every probe.
  const target = "url" in probe ? withoutUrlCredentials(probe.url) : undefined;
  for (;;) {
    attempts++;
    const left = Math.max(1, deadline - Date.now());
    if ("url" in probe) {
      const { url, headers } = target!;
      try {
        const signals = [AbortSignal.timeout(left), ...(options.signal ? [options.signal] : [])];
        const response = await fetch(url, { headers, signal: AbortSignal.any(signals) });
        await response.body?.cancel();
        if (response.ok) return { healthy: true, attempts, detail: `${url} answered ${response.status}` };
        detail = `${url} answered ${response.status}`;
      } catch (e) {
        detail = `${url}: ${(e as Error).message}`;
      }
    } else {
      const { argv, ...command } = probe;
      const r = await runProcess(argv, { ...command, timeoutMs: left, signal: options.signal });
      if (r.code === 0) return { healthy: true, attempts, detail: "the health command exited 0" };
      detail = processFailure("the health command", r);
    }
    if (options.signal?.aborted) return { healthy: false, attempts, detail: "cancelled" };
    if (Date.now() + options.intervalMs >= deadline) return { healthy: false, attempts, detail };
    await new Promise((r) => setTimeout(r, options.intervalMs));
  }
}
