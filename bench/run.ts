/** `npm run bench`: every benchmark, printed as Markdown tables (the figures in the README come from here). */
import { coldStart } from "./cold-start.ts";

console.log(`## Action cold start (node ${process.version}, ${process.platform}/${process.arch})\n`);
console.log(await coldStart());
