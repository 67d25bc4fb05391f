import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  string
} from "./chunk-33725BPV.js";
import {
  ConfigError
} from "./chunk-CYLWIE3E.js";

// packages/core/src/workspace-paths.ts
import { realpathSync } from "node:fs";
import path from "node:path";
function realLocation(file) {
  const rest = [];
  let current = path.resolve(file);
  for (; ; ) {
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
var within = (file, root) => file === root || file.startsWith(root + path.sep);
function confined(file, options) {
  const real = realLocation(path.resolve(options.cwd, file));
  const roots = [options.workspace, ...options.allowed].map(
    (root) => realLocation(path.resolve(options.cwd, root))
  );
  return { inside: roots.some((root) => within(real, root)), real };
}
var confinement;
function confineReads(roots) {
  confinement = roots;
}
function outsideWorkspace(file) {
  if (!confinement) return void 0;
  const { inside, real } = confined(file, confinement);
  return inside ? void 0 : real;
}
var OUTSIDE_HINT = "a pull request can commit symlinks and write any path; list the folder in allow-paths if the workflow means to use it";
function assertInsideWorkspace(file, location) {
  const real = outsideWorkspace(file);
  if (real)
    throw new ConfigError(`leads outside the workspace, to ${real}; it was not read`, {
      location,
      hint: OUTSIDE_HINT
    });
}
var configBase;
function withConfigBase(configFile, parse) {
  const outer = configBase;
  configBase = path.dirname(path.resolve(configFile));
  try {
    return parse();
  } finally {
    configBase = outer;
  }
}
var ConfigPathSchema = string().min(1).superRefine((value, ctx) => {
  const real = outsideWorkspace(path.resolve(configBase ?? process.cwd(), value));
  if (real)
    ctx.addIssue({
      code: "custom",
      message: `leads outside the workspace, to ${real}`,
      params: { hint: OUTSIDE_HINT }
    });
});

export {
  confineReads,
  outsideWorkspace,
  assertInsideWorkspace,
  withConfigBase,
  ConfigPathSchema
};
