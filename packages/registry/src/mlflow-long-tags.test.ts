import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { longTagValue, readLongTagValue, TAG_VALUE_LIMIT } from "./mlflow-long-tags.ts";

const where = { file: "mlflow", path: "versions.1.tags.e" };

describe("tag values longer than MLflow stores", () => {
  it("keeps a value that fits in its one tag", () => {
    const text = "a".repeat(TAG_VALUE_LIMIT);
    expect(longTagValue("e", text)).toEqual({ e: text });
    expect(readLongTagValue({ e: text }, "e", where)).toBe(text);
    expect(readLongTagValue({}, "e", where)).toBeUndefined();
  });

  it("splits a longer one into numbered parts without cutting a character in two", () => {
    // 4,999 letters then emoji (two UTF-16 units each): a split by UTF-16 units would cut one in half.
    const text = `${"a".repeat(TAG_VALUE_LIMIT - 1)}${"😀".repeat(TAG_VALUE_LIMIT + 2)}`;
    const tags = longTagValue("e", text);
    expect(Object.keys(tags).sort()).toEqual(["e", "e.1", "e.2", "e.3"]);
    expect(tags.e).toMatch(/^parts:3 sha256:[0-9a-f]{64}$/);
    for (const value of Object.values(tags))
      expect(Array.from(value).length).toBeLessThanOrEqual(TAG_VALUE_LIMIT);
    expect(tags["e.2"]!.startsWith("😀")).toBe(true);
    expect(readLongTagValue(tags, "e", where)).toBe(text);
  });

  it("refuses parts that no longer make up the text, at the tag's location", () => {
    const tags = longTagValue("e", "b".repeat(2 * TAG_VALUE_LIMIT + 1));
    delete tags["e.3"];
    const e = (() => {
      try {
        return readLongTagValue(tags, "e", where);
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(ConfigError);
    expect(e).toMatchObject({ message: "tags e.1 … e.3 do not match the digest in tag e", location: where });
  });
});
