/**
 * Black-box runs of the bundled validate-data action, spawned exactly as the runner spawns it.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { EnvelopeSchema } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { runAction } from "../harness/run-action.ts";

const ENTRY = "actions/validate-data/dist/index.js";

function rows(n: number, shift: number, prefix = "u"): string {
  const lines = ["id,amount,plan,label"];
  for (let i = 0; i < n; i++) {
    lines.push(`${prefix}${i},${((i * 37) % 100) + shift},${["basic", "pro"][i % 2]},${i % 3 === 0 ? 1 : 0}`);
  }
  return `${lines.join("\n")}\n`;
}

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "validate-data-ws-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

const CONTRACT = [
  "name: accounts",
  "label: label",
  "columns:",
  "  id: { type: string, unique: true }",
  "  amount: { type: number, min: 0 }",
  "  plan: { type: string, allowed: [basic, pro] }",
  "  label: { type: integer, allowed: [0, 1] }",
].join("\n");

describe("validate-data action", () => {
  it("validates data against a reference and writes one result the report can read", async () => {
    const cwd = await workspace({
      "cur.csv": rows(300, 0),
      "ref.csv": rows(400, 0, "r"),
      "contract.yml": CONTRACT,
    });
    const run = await runAction({
      entry: ENTRY,
      cwd,
      inputs: { data: "cur.csv", reference: "ref.csv", contract: "contract.yml" },
    });
    // Progress goes to stderr: the rows read and the rate.
    expect(run.stderr).toMatch(/read cur\.csv: 300 done/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe("pass");
    expect(run.outputs.rows).toBe("300");
    expect(run.outputs["drift-share"]).toBe("0");
    const envelope = EnvelopeSchema.parse(JSON.parse(await readFile(run.outputs["result-path"]!, "utf8")));
    expect(envelope).toMatchObject({
      kind: "data-validation",
      subject: { type: "dataset", name: "accounts" },
    });
    expect(envelope.details?.map((d) => d.type)).toEqual([
      "table",
      "bar-chart",
      "distribution",
      "distribution",
      "distribution",
    ]);
  });

  it("fails with the file and line of a malformed CSV, no stack trace, and an error result", async () => {
    const cwd = await workspace({ "cur.csv": 'id,amount\nu1,3\nu2,"4\n' });
    const run = await runAction({ entry: ENTRY, cwd, inputs: { data: "cur.csv" } });
    expect(run.exitCode).toBe(1);
    const error = run.commands.find((c) => c.command === "error");
    expect(error?.message).toMatch(/cur\.csv:3: a quoted field is never closed/);
    expect(error?.properties).toMatchObject({ file: "cur.csv", line: "3" });
    expect(run.stdout).not.toMatch(/\n\s+at /);
    const envelope = JSON.parse(
      await readFile(path.join(cwd, ".mlops/results/data-validation--cur.csv.json"), "utf8"),
    );
    expect(envelope.status).toBe("error");
  });

  it("exits non-zero when a fail-severity check fails, and not under fail-on: never", async () => {
    const bad = rows(300, 0).replace("\nu5,", "\nu4,");
    const cwd = await workspace({ "cur.csv": bad, "contract.yml": CONTRACT });
    const failing = await runAction({
      entry: ENTRY,
      cwd,
      inputs: { data: "cur.csv", contract: "contract.yml" },
    });
    expect(failing.exitCode).toBe(1);
    expect(failing.outputs.status).toBe("fail");
    expect(failing.stdout).toMatch(/id: values unique/);
    const tolerated = await runAction({
      entry: ENTRY,
      cwd,
      inputs: { data: "cur.csv", contract: "contract.yml", "fail-on": "never" },
    });
    expect(tolerated.exitCode).toBe(0);
    expect(tolerated.outputs.status).toBe("fail");
  });
});
