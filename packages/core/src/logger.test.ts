import { describe, expect, it } from "vitest";
import { ConfigError } from "./errors.ts";
import { createLogger, logFailure } from "./logger.ts";
import { createProgress, progressLine } from "./progress.ts";

function capture(github: boolean) {
  const out: string[] = [];
  const logger = createLogger({ github, write: (t) => out.push(t) });
  return { logger, text: () => out.join("") };
}

describe("logger", () => {
  it("uses workflow commands in Actions, escaping data", async () => {
    const { logger, text } = capture(true);
    await logger.group("Load results", async () => logger.info("3 files"));
    logger.warn("50% done\nnext", { file: "a,b.yml", line: 3, column: 2 });
    expect(text()).toBe(
      "::group::Load results\n3 files\n::endgroup::\n::warning file=a%2Cb.yml,line=3,col=2::50%25 done%0Anext\n",
    );
  });

  it("writes plain text elsewhere", () => {
    const { logger, text } = capture(false);
    logger.warn("careful");
    logger.debug("hidden");
    expect(text()).toBe("warning: careful\n");
  });

  it("never prints a masked secret, even inside an error", () => {
    const { logger, text } = capture(false);
    logger.mask("ghs_supersecrettoken123");
    logger.info("token is ghs_supersecrettoken123");
    logFailure(logger, new Error("request failed with authorization: token ghs_supersecrettoken123"));
    expect(text()).not.toContain("ghs_supersecrettoken123");
    expect(text()).toContain("***");
  });

  it("reports a config error as one located annotation without a stack", () => {
    const { logger, text } = capture(true);
    logFailure(logger, new ConfigError("unknown key", { location: { file: "x.yml", line: 2, column: 1 } }));
    expect(text()).toBe("::error file=x.yml,line=2,col=1::x.yml:2:1: unknown key\n");
  });
});

describe("progress", () => {
  it("logs count, rate and ETA at an interval when not on a terminal", () => {
    let t = 0;
    const lines: string[] = [];
    const p = createProgress({
      label: "cases",
      total: 200,
      intervalMs: 1000,
      now: () => t,
      stream: { write: (s: string) => lines.push(s), isTTY: false },
    });
    for (let i = 0; i < 100; i++) {
      t += 20;
      p.tick();
    }
    p.done();
    expect(lines[0]).toBe("cases: 50/200 (25%), 50.0/s, ETA 3s\n");
    expect(lines.at(-1)).toBe("cases: 100/200 (50%), 50.0/s, ETA 2s\n");
  });

  it("draws a bar on a terminal", () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({
      label: "rows",
      total: 10,
      now: () => t,
      stream: { write: (s: string) => out.push(s), isTTY: true },
    });
    t = 1000;
    p.tick(5);
    p.done();
    expect(out.join("")).toContain("rows: 5/10 (50%), 5.0/s, ETA 1s");
    expect(out.join("")).toContain("█");
  });

  it("formats an unknown total", () => {
    expect(progressLine("rows", 1500, undefined, 1000)).toBe("rows: 1500 done, 1500/s");
  });
});
