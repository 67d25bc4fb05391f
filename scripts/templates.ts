/** Writes the precompiled report templates (`npm run templates`, also part of `npm run build`). */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { precompiledModule } from "../packages/report/src/templates/precompile.ts";

const target = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../packages/report/src/templates/precompiled.ts",
);
await writeFile(target, precompiledModule());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
