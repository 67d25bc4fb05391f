import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { appendAuditRecord, auditRecordPath, localRegistryFiles } from "@mlops/registry";
import { afterEach, describe, expect, it } from "vitest";
import type { RunIO } from "../spec.ts";
import { auditVerify } from "./audit-verify.ts";

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("audit-verify", () => {
  it("passes an unbroken chain and fails, naming the file, when a record was changed", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "audit-verify-"));
    const files = localRegistryFiles(dir);
    for (const version of ["1.0.0", "1.0.1", "1.0.2"]) {
      await appendAuditRecord(files, {
        id: version,
        at: "2025-01-01T00:00:00.000Z",
        action: "promote",
        model: "churn",
        version,
        actor: "octocat",
        reason: "test",
      });
    }
    const printed: string[] = [];
    const io = { print: (t: string) => printed.push(t) } as unknown as RunIO;
    const input = { registry: dir, model: "churn", "allow-paths": [] };
    expect(await auditVerify.run(input, io)).toMatchObject({ status: "pass" });
    expect(printed).toEqual(["churn: 3 audit records, one unbroken chain"]);

    const second = path.join(dir, auditRecordPath("churn", 2));
    await writeFile(second, (await readFile(second, "utf8")).replace("octocat", "mallory"));
    const failed = await auditVerify.run(input, io);
    expect(failed.status).toBe("fail");
    expect(failed.reasons?.[0]).toContain("00000003.json: names predecessor");
  });
});
