import { defineCommand } from "../spec.ts";
import { allowPaths } from "./common-inputs.ts";

export const auditVerify = defineCommand({
  name: "audit-verify",
  description:
    "Check that a model's audit log is one unbroken chain: no record missing, changed or inserted after the fact.",
  action: false,
  inputs: {
    registry: {
      type: "path",
      description:
        "The registry folder holding models/<name>/audit (the file registry, or MLflow's audit folder).",
      required: true,
    },
    model: { type: "string", description: "The model whose log to check.", required: true },
    "allow-paths": allowPaths,
  },
  outputs: {},
  async run(input, io) {
    const { localRegistryFiles, verifyAuditChain } = await import("@mlops/registry");
    const report = await verifyAuditChain(localRegistryFiles(input.registry), input.model);
    if (report.problems.length > 0) {
      return { status: "fail" as const, envelopePaths: [], reasons: report.problems };
    }
    io.print(`${input.model}: ${report.records} audit records, one unbroken chain`);
    return { status: "pass" as const, envelopePaths: [] };
  },
});
