import { realpath } from "node:fs/promises";
import path from "node:path";

/**
 * Where a path really leads: symlinks resolved as far as the path exists, the rest (a results folder
 * still to be made) appended as written.
 */
export async function realLocation(file: string): Promise<string> {
  const rest: string[] = [];
  let current = path.resolve(file);
  for (;;) {
    try {
      return path.join(await realpath(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.join(current, ...rest.reverse());
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

const within = (file: string, root: string) => file === root || file.startsWith(root + path.sep);

/**
 * Whether `file` (relative to `cwd`) stays inside the workspace or one of the allowed roots once every
 * symlink is followed. A pull request controls the files it commits, symlinks included, so a path that
 * looks local may lead anywhere on the runner.
 */
export async function confined(
  file: string,
  options: { cwd: string; workspace: string; allowed: readonly string[] },
): Promise<{ inside: boolean; real: string }> {
  const real = await realLocation(path.resolve(options.cwd, file));
  const roots = await Promise.all(
    [options.workspace, ...options.allowed].map((root) => realLocation(path.resolve(options.cwd, root))),
  );
  return { inside: roots.some((root) => within(real, root)), real };
}
