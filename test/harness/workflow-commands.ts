/** The runner's two channels from an action back to the workflow: stdout commands and file commands. */

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const ESCAPES: Record<string, string> = { "%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": "," };

/** One pass, so an escaped "%250A" stays "%0A" as the runner reads it. */
function decodeEscapes(value: string, codes: RegExp): string {
  return value.replace(codes, (code) => ESCAPES[code] ?? code);
}

/**
 * Parses `::name key=value,key=value::message` lines the way the runner does (leading whitespace
 * allowed, empty properties skipped), honouring `::stop-commands::<token>` until `::<token>::`.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(.*?)::(.*)$/.exec(line.trimStart());
    if (!match) continue;
    const info = match[1]!;
    const space = info.indexOf(" ");
    const command = space < 0 ? info : info.slice(0, space);
    if (stopToken !== undefined) {
      if (command === stopToken) stopToken = undefined;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of space < 0
      ? []
      : info
          .slice(space + 1)
          .trim()
          .split(",")) {
      const eq = pair.indexOf("=");
      if (eq > 0 && eq < pair.length - 1)
        properties[pair.slice(0, eq)] = decodeEscapes(pair.slice(eq + 1), /%(25|0D|0A|3A|2C)/g);
    }
    const message = decodeEscapes(match[2]!, /%(25|0D|0A)/g);
    if (command === "stop-commands") stopToken = message;
    commands.push({ command, properties, message });
  }
  return commands;
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV file as the Linux runner does: `name=value` lines and
 * `name<<DELIMITER` heredocs, lines split on LF only (a CR stays in the value). Malformed content
 * fails the step on a runner, so it throws here; an empty name is refused too.
 */
export function parseFileCommand(content: string, file: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const eq = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (eq > 0 && (heredoc < 0 || eq < heredoc)) {
      values[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`${file}: invalid line ${JSON.stringify(line)}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const end = lines.indexOf(delimiter, i + 1);
    if (delimiter === "" || end < 0) {
      throw new Error(
        `${file}: matching delimiter not found for ${JSON.stringify(delimiter)} (output ${name})`,
      );
    }
    values[name] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return values;
}
