import type { AuditRecord, Evidence } from "@mlops/registry";
import { describe, expect, it } from "vitest";
import { promotionDetails } from "./promotion-details.ts";

describe("promotionDetails", () => {
  it("tables the aliases before and after, sorted, with a dash where unset", () => {
    const [aliases, ...rest] = promotionDetails(
      { challenger: "1.1.0" },
      { champion: "1.1.0", challenger: "1.1.0" },
      undefined,
      undefined,
    );
    expect(aliases).toMatchObject({
      rows: [
        ["challenger", "1.1.0", "1.1.0"],
        ["champion", "—", "1.1.0"],
      ],
    });
    expect(rest).toEqual([]);
  });

  it("adds the evidence's gates and the audit records written", () => {
    const evidence = {
      digest: "sha256:aa",
      gates: [
        {
          kind: "backtest",
          id: "gate:auc",
          title: "AUC gate",
          status: "pass",
          observed: 0.9,
          expected: "≥ 0.8",
        },
      ],
    } as unknown as Evidence;
    const audit = {
      action: "promote",
      version: "1.1.0",
      previous: null,
      actor: "ana",
      reason: "better",
      links: { run: "r", commit: "c" },
    } as unknown as AuditRecord;
    const details = promotionDetails({}, {}, evidence, [audit]);
    expect(details.map((d) => d.title)).toEqual([
      "Registry aliases, before and after",
      "Evidence for sha256:aa",
      "Audit records written",
    ]);
    expect(details[1]).toMatchObject({ rows: [["backtest", "AUC gate", "pass", 0.9, "≥ 0.8"]] });
    expect(details[2]).toMatchObject({
      rows: [["promote", "1.1.0", null, "ana", "better", "run: r · commit: c"]],
    });
  });
});
