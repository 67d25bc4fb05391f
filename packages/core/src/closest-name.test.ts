import { describe, expect, it } from "vitest";
import { closestName } from "./closest-name.ts";

describe("closestName", () => {
  it("finds the nearest known name by edit distance", () => {
    expect(closestName("champoin", ["challenger", "champion", "1.0.0"])).toBe("champion");
    expect(closestName("1.0.1", ["champion", "1.0.0", "2.0.0"])).toBe("1.0.0");
  });
  it("has nothing to suggest when nothing is known", () => {
    expect(closestName("champion", [])).toBeUndefined();
  });
});
