import Handlebars from "handlebars";
import { HTML_REPORT } from "./html.ts";
import { MARKDOWN_REPORT } from "./markdown.ts";

/**
 * The source of `precompiled.ts`: the report templates compiled ahead of time (strict mode), so that an
 * action renders with the small Handlebars runtime instead of compiling templates at every start —
 * compiling was half of the report action's cold start. `npm run build` regenerates it; a test fails
 * when it is stale.
 */
export function precompiledModule(): string {
  const spec = (source: string) => Handlebars.precompile(source, { strict: true }) as string;
  return [
    "// @ts-nocheck",
    "// Generated from markdown.ts and html.ts by `npm run templates`; do not edit.",
    `export const MARKDOWN_REPORT_SPEC = ${spec(MARKDOWN_REPORT)};`,
    `export const HTML_REPORT_SPEC = ${spec(HTML_REPORT)};`,
    "",
  ].join("\n");
}

/** Compiles a template source to a runtime spec object, as `precompiled.ts` holds them (for tests). */
export function precompileForTest(source: string): unknown {
  return new Function(`return ${Handlebars.precompile(source, { strict: true })};`)();
}
