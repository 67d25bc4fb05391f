import { describe, expect, it } from "vitest";
import { lazyEngine } from "./lazy-engine.ts";

describe("lazyEngine", () => {
  it("imports once, however many load it at the same time, and refuses use before loading", async () => {
    let imports = 0;
    const engine = lazyEngine("the test engine", async () => {
      imports++;
      return { answer: 42 };
    });
    expect(() => engine.get()).toThrow("the test engine is not loaded");
    await Promise.all([engine.load(), engine.load(), engine.load()]);
    expect(imports).toBe(1);
    expect(engine.get()).toEqual({ answer: 42 });
  });

  it("keeps a failed import failed, so every use reports it", async () => {
    const engine = lazyEngine("the broken engine", () => Promise.reject(new Error("missing module")));
    await expect(engine.load()).rejects.toThrow("missing module");
    await expect(engine.load()).rejects.toThrow("missing module");
    expect(() => engine.get()).toThrow("not loaded");
  });
});
