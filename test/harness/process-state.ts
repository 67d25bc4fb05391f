import { readFile } from "node:fs/promises";

/** Gone, or a zombie waiting for a reaper: either way it runs no more. */
async function isDead(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  return stat === "" || /^\d+ \(.*\) Z /s.test(stat);
}

/** Whether the process dies within `ms`, polled: bounds are generous, so a busy machine passes. */
export async function diesWithin(pid: number, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 50))) {
    if (await isDead(pid)) return true;
    if (Date.now() > until) return false;
  }
}

/** The pid a command wrote to a file (`echo $! > file`). */
export async function pidIn(file: string): Promise<number> {
  return Number((await readFile(file, "utf8")).trim());
}
