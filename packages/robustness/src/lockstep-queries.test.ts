import { describe, expect, it } from "vitest";
import { inLockstep } from "./lockstep-queries.ts";

describe("inLockstep", () => {
  it("sends one batch per round with the questions of every search still running", async () => {
    const rounds: string[][] = [];
    const results = await inLockstep(
      [3, 1, 2].map((asks) => async (ask, index) => {
        const answers: number[] = [];
        for (let k = 0; k < asks; k++) {
          const flags = await ask([[`s${index}`, `q${k}`], ...(k === 0 ? [[`s${index}`, "extra"]] : [])]);
          answers.push(...flags);
        }
        return answers;
      }),
      async (asked) => {
        rounds.push(asked.flatMap((a) => a.rows.map((r) => r.join(":"))));
        // Each row's answer says which search asked it, so a mix-up shows.
        return Uint8Array.from(asked.flatMap((a) => a.rows.map(() => a.search)));
      },
    );
    expect(rounds).toEqual([
      ["s0:q0", "s0:extra", "s1:q0", "s1:extra", "s2:q0", "s2:extra"],
      ["s0:q1", "s2:q1"],
      ["s0:q2"],
    ]);
    expect(results).toEqual([
      [0, 0, 0, 0],
      [1, 1],
      [2, 2, 2],
    ]);
  });

  it("fails every waiting search when the model fails, and asks nothing more", async () => {
    let calls = 0;
    const run = inLockstep(
      [0, 1].map(() => async (ask) => {
        await ask([["a"]]);
        await ask([["b"]]);
        return "done";
      }),
      async () => {
        calls++;
        throw new Error("predict exited with code 3");
      },
    );
    await expect(run).rejects.toThrow(/exited with code 3/);
    expect(calls).toBe(1);
  });
});
