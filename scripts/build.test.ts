import { describe, expect, it } from "vitest";
import { staleBundles } from "./build.ts";

describe("committed bundles", () => {
  it("match a fresh build (run `npm run build` and commit dist/ after changing code)", async () => {
    expect(await staleBundles()).toEqual([]);
  }, 120_000);
});
