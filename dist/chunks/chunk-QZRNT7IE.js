import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runCommand
} from "./chunk-4FJFMLQO.js";

// packages/commands/src/action-entry.ts
async function runAction(spec, core, options = {}) {
  process.exitCode = await runCommand(
    spec,
    { kind: "action", label: (key) => `input "${key}"`, raw: (key) => core.getInput(key) },
    { setOutput: (name, value) => core.setOutput(name, value), ...options }
  );
}

export {
  runAction
};
