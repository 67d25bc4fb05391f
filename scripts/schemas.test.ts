import { describe, expect, it } from "vitest";
import { staleSchemas } from "./schemas.ts";

describe("published JSON Schemas", () => {
  it("are fresh (run `npm run schemas` after changing a schema)", async () => {
    expect(await staleSchemas()).toEqual([]);
  });
});
