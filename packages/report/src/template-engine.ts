import type HandlebarsFull from "handlebars";
import HandlebarsRuntime from "handlebars/runtime.js";
import { escapeHtml } from "./escape-html.ts";
import { escapeMarkdown } from "./escape-markdown.ts";

// The runtime is the full library minus the compiler; its own type file declares nothing, so borrow the
// full library's types (only runtime members are used here).
const Handlebars = HandlebarsRuntime as unknown as typeof HandlebarsFull;

export type Template<Context> = (context: Context) => string;

type Escape = (text: string) => string;

interface RuntimeContainer {
  escapeExpression: (value: unknown) => string;
}

/**
 * `{{value}}` escapes with the given function (Handlebars itself only knows HTML escaping), `{{{value}}}`
 * inserts a fragment the renderer built from escaped parts. Each engine is an isolated Handlebars
 * environment, so neither its helpers nor its escaping leak into other users of Handlebars.
 */
function createEngine(escapeText: Escape): { template<Context>(spec: unknown): Template<Context> } {
  const handlebars = Handlebars.create();
  const escapeValue = (value: unknown): string => {
    if (value === null || value === undefined) return "";
    return escapeText(String(value));
  };
  // Compiled templates escape through `container.escapeExpression`, which the runtime takes from a
  // module shared by every environment; replacing it on this environment's containers is the only
  // per-environment way to change it.
  const runtimeTemplate = handlebars.template.bind(handlebars);
  handlebars.template = ((spec: { main: (container: RuntimeContainer, ...rest: unknown[]) => string }) => {
    const main = spec.main;
    spec.main = function (this: unknown, container, ...rest) {
      container.escapeExpression = escapeValue;
      return main.call(this, container, ...rest);
    };
    return runtimeTemplate(spec as unknown as Parameters<typeof runtimeTemplate>[0]);
  }) as typeof handlebars.template;

  // Strict mode covers `{{field}}` but not the arguments of block helpers: `{{#if typo}}` would silently
  // be false. Contexts hold `null`, never `undefined`, for absent values, so `undefined` means the
  // template names a field that does not exist.
  for (const name of ["if", "unless", "each", "with"]) {
    const builtin = handlebars.helpers[name]!;
    handlebars.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      if (args.length > 1 && args[0] === undefined) {
        const { loc } = args[args.length - 1] as { loc?: { start: { line: number; column: number } } };
        const where = loc ? ` - ${loc.start.line}:${loc.start.column}` : "";
        throw new Error(`{{#${name}}} refers to a field that is not defined${where}`);
      }
      return builtin.apply(this, args as Parameters<typeof builtin>);
    });
  }

  return {
    template<Context>(spec: unknown): Template<Context> {
      // Specs are precompiled in strict mode: a field missing from the context throws.
      const template = handlebars.template(spec as Parameters<typeof handlebars.template>[0]);
      return (context: Context) => template(context);
    },
  };
}

const markdownEngine = createEngine(escapeMarkdown);
const htmlEngine = createEngine(escapeHtml);

/** A precompiled template (see templates/precompile.ts) whose `{{…}}` renders inert Markdown. */
export function markdownTemplate<Context>(spec: unknown): Template<Context> {
  return markdownEngine.template<Context>(spec);
}

/** A precompiled template whose `{{…}}` renders escaped HTML. */
export function htmlTemplate<Context>(spec: unknown): Template<Context> {
  return htmlEngine.template<Context>(spec);
}
