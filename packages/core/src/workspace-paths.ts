import { realpathSync } from "node:fs";
import path from "node:path";
import * as z from "zod";
import { ConfigError, type SourceLocation } from "./errors.ts";

/**
 * Where a path really leads: symlinks resolved as far as the path exists, the rest (a results folder
 * still to be made) appended as written.
 */
export function realLocation(file: string): string {
  const rest: string[] = [];
  let current = path.resolve(file);
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.join(current, ...rest.reverse());
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

const within = (file: string, root: string) => file === root || file.startsWith(root + path.sep);

export interface WorkspaceRoots {
  cwd: string;
  workspace: string;
  /** Further folders the workflow allows (`allow-paths`), relative to `cwd`. */
  allowed: readonly string[];
}

/**
 * Whether `file` (relative to `cwd`) stays inside the workspace or one of the allowed roots once every
 * symlink is followed. A pull request controls the files it commits, symlinks included, so a path that
 * looks local may lead anywhere on the runner.
 */
export function confined(file: string, options: WorkspaceRoots): { inside: boolean; real: string } {
  const real = realLocation(path.resolve(options.cwd, file));
  const roots = [options.workspace, ...options.allowed].map((root) =>
    realLocation(path.resolve(options.cwd, root)),
  );
  return { inside: roots.some((root) => within(real, root)), real };
}

/**
 * The confinement of the current run: set by the command runner inside GitHub Actions, where a pull
 * request controls the checkout, and absent locally, where the user is the author of every file.
 */
let confinement: WorkspaceRoots | undefined;

export function confineReads(roots: WorkspaceRoots | undefined): void {
  confinement = roots;
}

/** Where `file` really leads when the run is confined and that is outside; otherwise undefined. */
export function outsideWorkspace(file: string): string | undefined {
  if (!confinement) return undefined;
  const { inside, real } = confined(file, confinement);
  return inside ? undefined : real;
}

const OUTSIDE_HINT =
  "a pull request can commit symlinks and write any path; list the folder in allow-paths if the workflow means to use it";

/**
 * Refuses a file a config leads to (a prompt in a prompts folder, a template in a templates folder)
 * when it leaves the workspace, naming where it was found and never reading it.
 */
export function assertInsideWorkspace(file: string, location: SourceLocation): void {
  const real = outsideWorkspace(file);
  if (real)
    throw new ConfigError(`leads outside the workspace, to ${real}; it was not read`, {
      location,
      hint: OUTSIDE_HINT,
    });
}

/**
 * The folder relative paths in the config being parsed are resolved from. Parsing is synchronous, so
 * the config loader sets it around one parse and nothing else runs in between.
 */
let configBase: string | undefined;

export function withConfigBase<T>(configFile: string, parse: () => T): T {
  const outer = configBase;
  configBase = path.dirname(path.resolve(configFile));
  try {
    return parse();
  } finally {
    configBase = outer;
  }
}

/**
 * A path a config names, relative to the config file. In a confined run it is refused where it is
 * written when it leads outside the workspace, so no command opens it.
 */
export const ConfigPathSchema = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    const real = outsideWorkspace(path.resolve(configBase ?? process.cwd(), value));
    if (real)
      ctx.addIssue({
        code: "custom",
        message: `leads outside the workspace, to ${real}`,
        params: { hint: OUTSIDE_HINT },
      });
  });
