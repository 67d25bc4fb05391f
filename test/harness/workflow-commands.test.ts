import { describe, expect, it } from "vitest";
import { parseFileCommand, parseWorkflowCommands } from "./workflow-commands.ts";

describe("parseWorkflowCommands", () => {
  it("reads commands with and without properties, indented or not, and ignores other lines", () => {
    const stdout = [
      "plain log",
      "::group::Evaluate",
      "  ::error file=a.ts,empty=,::indented",
      "::endgroup::",
    ].join("\n");
    expect(parseWorkflowCommands(stdout)).toEqual([
      { command: "group", properties: {}, message: "Evaluate" },
      { command: "error", properties: { file: "a.ts" }, message: "indented" },
      { command: "endgroup", properties: {}, message: "" },
    ]);
  });

  it("ignores commands between stop-commands and its token", () => {
    const stdout = [
      "::stop-commands::pause1",
      "::error::untrusted output",
      "::pause1::",
      "::notice::back",
    ].join("\n");
    expect(parseWorkflowCommands(stdout).map((c) => `${c.command}:${c.message}`)).toEqual([
      "stop-commands:pause1",
      "notice:back",
    ]);
  });

  it("unescapes each sequence once, so an escaped percent sign stays literal", () => {
    const [command] = parseWorkflowCommands("::notice title=100%25 done%2C ok%3A yes::50%25 then %250A\r\n");
    expect(command).toEqual({
      command: "notice",
      properties: { title: "100% done, ok: yes" },
      message: "50% then %0A",
    });
  });
});

describe("parseFileCommand", () => {
  it("reads name=value lines and heredocs whose values look like either form", () => {
    const content = "a=1\nb<<EOF\nx=y\nz<<w\n\nEOF\nc=has<<inside\n";
    expect(parseFileCommand(content, "GITHUB_OUTPUT")).toEqual({
      a: "1",
      b: "x=y\nz<<w\n",
      c: "has<<inside",
    });
  });

  it("splits on LF only, like the Linux runner: carriage returns stay in values", () => {
    expect(parseFileCommand("a=1\r\nb<<EOF\r\nv\r\nEOF\r\n", "GITHUB_OUTPUT")).toEqual({
      a: "1\r",
      b: "v\r",
    });
    expect(() => parseFileCommand("c<<EOF\r\nv\nEOF\n", "GITHUB_OUTPUT")).toThrow(
      /matching delimiter not found/,
    );
  });

  it("lets a later value win, as the runner does", () => {
    expect(parseFileCommand("a=1\na=2\n", "GITHUB_OUTPUT")).toEqual({ a: "2" });
  });

  it("throws on a line that is neither form", () => {
    expect(() => parseFileCommand("just text\n", "GITHUB_OUTPUT")).toThrow(
      /GITHUB_OUTPUT: invalid line "just text"/,
    );
    expect(() => parseFileCommand("=value\n", "GITHUB_OUTPUT")).toThrow(/invalid line/);
  });
});
