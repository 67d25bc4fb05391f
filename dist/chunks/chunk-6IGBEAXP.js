import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);

// packages/commands/src/workspace-paths.ts
import { realpath } from "node:fs/promises";
import path from "node:path";
async function realLocation(file) {
  const rest = [];
  let current = path.resolve(file);
  for (; ; ) {
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
var within = (file, root) => file === root || file.startsWith(root + path.sep);
async function confined(file, options) {
  const real = await realLocation(path.resolve(options.cwd, file));
  const roots = await Promise.all(
    [options.workspace, ...options.allowed].map((root) => realLocation(path.resolve(options.cwd, root)))
  );
  return { inside: roots.some((root) => within(real, root)), real };
}

export {
  confined
};
