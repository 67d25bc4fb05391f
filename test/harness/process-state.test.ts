import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { diesWithin } from "./process-state.ts";

describe("diesWithin", () => {
  it("tells a running process from one that ended", async () => {
    const child = spawn("sleep", ["30"], { stdio: "ignore" });
    expect(await diesWithin(child.pid!, 200)).toBe(false);
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(await diesWithin(child.pid!, 5000)).toBe(true);
  });
});
