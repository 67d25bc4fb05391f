/**
 * Text a step prints that the Actions runner must read as text. The runner splits its output at CR, LF
 * and CRLF, takes any line that starts with `::` after leading whitespace as a workflow command, and
 * also takes the legacy `##[command]` form anywhere in a line. So a line of ours never starts with `::`
 * unless it is a command we mean, and inside a command the data is escaped as the runner decodes it.
 */

/** Invisible, and not whitespace to the runner, so it stops the line from starting with `::`. */
const MARK = "\u200B";
const LINE_BREAK = /\r\n|\r|\n/;
// The runner trims what .NET calls whitespace, which includes NEL (U+0085); JavaScript's \s does not.
const COMMAND_START = /^[\s\u0085]*::/;

// Terminal controls (ESC sequences that move the cursor, clear the log or forge a hyperlink; BEL; DEL; C1)
// but not tab: shown as `\x1b`, so a log line shows what was sent and cannot hide or restyle other lines.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Each line of `text` kept readable, none of them a workflow command, and no terminal control left raw. */
export function neutraliseCommands(text: string): string {
  return text.replace(CONTROL, visibleControl).split(LINE_BREAK).map(neutraliseLine).join("\n");
}

const visibleControl = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;

function neutraliseLine(line: string): string {
  const safe = neutraliseLegacyCommands(line);
  return COMMAND_START.test(safe) ? `${MARK}${safe}` : safe;
}

/**
 * Escapes the data of a workflow command (after the second `::`). A legacy `##[` in it is harmless: the
 * runner only looks for one in lines that are not already a command.
 */
export function escapeCommandData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value of a workflow command (`file=…`). */
export function escapeCommandProperty(s: string): string {
  return escapeCommandData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function neutraliseLegacyCommands(s: string): string {
  return s.includes("##[") ? s.replaceAll("##[", `#${MARK}#[`) : s;
}
