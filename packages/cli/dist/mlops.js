import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);

// packages/cli/src/main.ts
import { enableCompileCache } from "node:module";
enableCompileCache();
await import("../../../dist/chunks/run-cli-S4X237BN.js");
