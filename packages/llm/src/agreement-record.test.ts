import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import {
  agreementRecordFile,
  measurementOf,
  readAgreementRecord,
  withMeasurement,
  writeAgreementRecord,
} from "./agreement-record.ts";

const at = new Date("2026-12-05T10:00:00Z");
const measured = { accuracy: 0.9, kappa: 0.8, n: 60, measured_at: at.toISOString() };

describe("the agreement record", () => {
  it("takes the measurement an eval's agreement metrics make, or none", () => {
    const metrics = {
      agreement_accuracy: { value: 0.9, n: 60 },
      agreement_kappa: { value: 0.8, n: 60 },
      pass_rate: { value: 1 },
    };
    expect(measurementOf(metrics, at)).toEqual(measured);
    expect(measurementOf({ pass_rate: { value: 1 } }, at)).toBeUndefined();
    expect(measurementOf({ ...metrics, agreement_kappa: { value: null } }, at)?.kappa).toBeNull();
  });

  it("keeps one measurement per prompt version, the latest, in version order", () => {
    let record = withMeasurement({}, "judges/refusal", "1.10.0", measured);
    record = withMeasurement(record, "judges/refusal", "1.2.0", { ...measured, n: 61 });
    record = withMeasurement(record, "judges/factuality", "1.0.0", measured);
    record = withMeasurement(record, "judges/refusal", "1.2.0", { ...measured, n: 62 });
    expect(Object.keys(record)).toEqual(["judges/factuality", "judges/refusal"]);
    expect(Object.keys(record["judges/refusal"] ?? {})).toEqual(["1.2.0", "1.10.0"]);
    expect(record["judges/refusal"]?.["1.2.0"]?.n).toBe(62);
  });

  it("lives beside the prompt, reads as empty before the first write, and is checked when read", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "agreement-"));
    const file = agreementRecordFile(path.join(dir, "judges", "refusal.prompt"));
    expect(file).toBe(path.join(dir, "judges", "agreement.json"));
    const own = path.join(dir, "agreement.json");
    expect(await readAgreementRecord(own)).toEqual({});
    await writeAgreementRecord(own, { "judges/refusal": { "1.0.0": measured } });
    expect(await readAgreementRecord(own)).toEqual({ "judges/refusal": { "1.0.0": measured } });
    expect(await readFile(own, "utf8")).toMatch(/^\{\n {2}"judges\/refusal": \{\n/);
    await writeFile(
      own,
      '{\n  "judges/refusal": {\n    "1.0.0": { "accuracy": 2, "kappa": 0, "n": 1, "measured_at": "x" }\n  }\n}\n',
    );
    expect(formatError(await readAgreementRecord(own).catch((e: unknown) => e))).toMatch(
      /agreement\.json:3:.*judges\/refusal\.1\.0\.0\.accuracy/,
    );
  });
});
