import Handlebars from "handlebars";
import { escapeHtml } from "./escape-html.ts";
import { escapeMarkdown } from "./escape-markdown.ts";

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
function createEngine(escapeText: Escape): { compile<Context>(source: string): Template<Context> } {
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
    compile<Context>(source: string): Template<Context> {
      // strict: a field missing from the context throws instead of rendering as nothing.
      const template = handlebars.compile(source, { strict: true });
      return (context: Context) => template(context);
    },
  };
}

const markdownEngine = createEngine(escapeMarkdown);
const htmlEngine = createEngine(escapeHtml);

/** A template whose `{{…}}` renders inert Markdown. Compile once, at module load. */
export function compileMarkdownTemplate<Context>(source: string): Template<Context> {
  return markdownEngine.compile<Context>(source);
}

/** A template whose `{{…}}` renders escaped HTML. Compile once, at module load. */
export function compileHtmlTemplate<Context>(source: string): Template<Context> {
  return htmlEngine.compile<Context>(source);
}
