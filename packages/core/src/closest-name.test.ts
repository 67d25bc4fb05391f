import { describe, expect, it } from "vitest";
import { closestName, misspeltName } from "./closest-name.ts";

describe("closestName", () => {
  it("finds the nearest known name by edit distance", () => {
    expect(closestName("champoin", ["challenger", "champion", "1.0.0"])).toBe("champion");
    expect(closestName("1.0.1", ["champion", "1.0.0", "2.0.0"])).toBe("1.0.0");
  });
  it("has nothing to suggest when nothing is known", () => {
    expect(closestName("champion", [])).toBeUndefined();
  });
  it("suggests a misspelling only when the name is near", () => {
    expect(misspeltName("roc_acu", ["roc_auc", "log_loss"])).toBe("roc_auc");
    expect(misspeltName("zzz", ["roc_auc", "log_loss"])).toBeUndefined();
  });
});
