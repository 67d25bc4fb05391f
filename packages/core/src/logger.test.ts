import { describe, expect, it } from "vitest";
import { parseWorkflowCommands } from "../../../test/harness/workflow-commands.ts";
import { CANARIES } from "./credential-canaries.ts";
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

const HOSTILE = [
  "\n::error::x",
  "::set-output name=a::b",
  "::stop-commands::t",
  "%0A::warning::w",
  "ok\r::error::cr-only",
  "ok\r\n::error::crlf",
  "::add-mask::the-word-the",
  "   \t::notice::indented",
  "\u0085::error::nel",
  "text ##[error]legacy form",
  "##[add-mask]legacy",
  "::error file=a.yml,line=1::forged annotation",
  "::endgroup::",
];

/**
 * The runner's reader also ends a line at a bare CR, and it takes a legacy `##[command]` anywhere in a
 * line that is not a command; the harness parser knows neither, so the output is checked for both here.
 */
function runnerCommands(output: string) {
  expect(output).not.toMatch(/\r/);
  // The runner tries the legacy form only on lines that are not already a command.
  const plainLines = output.split("\n").filter((line) => !line.trimStart().startsWith("::"));
  expect(plainLines.filter((line) => line.includes("##["))).toEqual([]);
  return parseWorkflowCommands(output).map((c) => `${c.command}:${c.message}`);
}

describe("logger output cannot speak for the runner", () => {
  it.each(HOSTILE)("in Actions, %j through every method is only the commands we meant", async (hostile) => {
    const { logger, text } = capture(true);
    logger.info(`check ${hostile}`);
    logger.info(hostile);
    logger.debug(hostile);
    logger.warn(hostile, { file: hostile, line: 2 });
    logger.error(hostile);
    await logger.group(hostile, async () => logger.info(`summary: ${hostile}`));
    logFailure(logger, new Error(hostile));

    const commands = runnerCommands(text());
    expect(commands.map((c) => c.slice(0, c.indexOf(":")))).toEqual([
      "debug",
      "warning",
      "error",
      "group",
      "endgroup",
      "error",
    ]);
    // The data of our own commands decodes back to exactly what was logged.
    expect(commands[0]).toBe(`debug:${hostile}`);
    expect(parseWorkflowCommands(text())[1]!.properties.file).toBe(hostile);
  });

  it.each(HOSTILE)("in plain text, %j is no command either", (hostile) => {
    const { logger, text } = capture(false);
    logger.info(hostile);
    logger.warn(hostile);
    expect(runnerCommands(text())).toEqual([]);
  });

  it("shows terminal controls instead of sending them: no line can restyle, hide or link the log", () => {
    for (const github of [true, false]) {
      const { logger, text } = capture(github);
      logger.info("\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b[2J\u009b31m\u007f");
      expect(text()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(text()).toContain("\\x1b]8;;https://evil.example\\x07click\\x1b]8;;\\x07 \\x1b[2J\\x9b31m\\x7f");
    }
  });

  it("keeps neutralised lines readable", () => {
    const { logger, text } = capture(true);
    logger.info("first\n::error::x\r\nlast");
    expect(text().replaceAll("\u200B", "")).toBe("first\n::error::x\nlast\n");
  });

  it("keeps the commands it means to give: group, located error, mask", async () => {
    const { logger, text } = capture(true);
    logger.mask("p%ss\nword-2");
    await logger.group("g", async () => logger.error("bad", { file: "a:b.yml", line: 4, column: 1 }));
    expect(parseWorkflowCommands(text())).toEqual([
      { command: "add-mask", properties: {}, message: "p%ss" },
      { command: "add-mask", properties: {}, message: "word-2" },
      { command: "group", properties: {}, message: "g" },
      { command: "error", properties: { file: "a:b.yml", line: "4", col: "1" }, message: "bad" },
      { command: "endgroup", properties: {}, message: "" },
    ]);
  });

  it("does not let a stop-commands token silence the commands that follow", () => {
    const { logger, text } = capture(true);
    logger.info("::stop-commands::pause");
    logger.error("still reported");
    expect(parseWorkflowCommands(text())).toEqual([
      { command: "error", properties: {}, message: "still reported" },
    ]);
  });

  it.each(CANARIES)("redacts $kind in every method before escaping it", async ({ text: leak, secret }) => {
    for (const github of [true, false]) {
      const { logger, text } = capture(github);
      logger.info(leak);
      logger.debug(leak);
      logger.warn(leak, { file: leak });
      await logger.group(leak, async () => logFailure(logger, new Error(leak)));
      expect(text()).not.toContain(secret);
    }
  });
});

describe("progress", () => {
  it("never prints a label as a command or a secret", () => {
    const lines: string[] = [];
    const leak = CANARIES[0]!;
    const p = createProgress({
      label: `::error::x\n::stop-commands::t ${leak.text}`,
      total: 2,
      now: () => 0,
      stream: { write: (s: string) => lines.push(s), isTTY: false },
    });
    p.tick();
    p.done();
    expect(runnerCommands(lines.join(""))).toEqual([]);
    expect(lines.join("")).not.toContain(leak.secret);
  });

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
