import { describe, expect, it } from "vitest";
import { DurationSchema } from "./duration.ts";
import { ScorerSchema } from "./scorer-config.ts";
import { TrainSchema } from "./training-run.ts";

describe("durations", () => {
  it("reads units, and a bare number as seconds", () => {
    expect(DurationSchema.parse("500ms")).toBe(500);
    expect(DurationSchema.parse("30s")).toBe(30_000);
    expect(DurationSchema.parse("10m")).toBe(600_000);
    expect(DurationSchema.parse("1h")).toBe(3_600_000);
    expect(DurationSchema.parse(2)).toBe(2000);
  });

  it("runs every default through the same parsing as a given value", () => {
    expect(TrainSchema.parse({ command: "python train.py", artifact: "model.json" }).timeout).toBe(3_600_000);
    const command = ScorerSchema.parse({ type: "command", command: "python predict.py" });
    expect(command.type === "command" && command.timeout).toBe(600_000);
    const http = ScorerSchema.parse({ type: "http", url: "http://127.0.0.1:9/predict" });
    expect(http.type === "http" && http.timeout).toBe(30_000);
  });
});
