import { ConfigError } from "@mlops/core";
import { closest, distance } from "fastest-levenshtein";

/**
 * Strict rendering. Handlebars renders a missing variable as an empty string, which silently sends a
 * broken prompt to the model. Before rendering, this walks the template's syntax tree and fails on the
 * first variable the data does not define, naming the prompt, the file line and the variable.
 *
 * Scope rules, kept deliberately simple: inside `#each`/`#with` the context changes, so only `@root.`
 * paths are checked there; the condition of `#if`/`#unless` may be missing (that is what it tests), and
 * inside an `#if x` block `x` counts as defined.
 */

interface Position {
  line: number;
  column: number;
}
interface Node {
  type: string;
  loc?: { start: Position };
  [key: string]: unknown;
}
interface PathNode extends Node {
  type: "PathExpression";
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}

/** Anything that can parse a Handlebars template into its syntax tree (Dotprompt's Handlebars). */
export type TemplateParser = (template: string) => Node;

export interface TemplateSource {
  /** The prompt's id, for the message. */
  prompt: string;
  file: string;
  template: string;
  /** File line of the template's first line. */
  templateLine: number;
}

const BUILTIN_HELPERS = new Set(["if", "unless", "each", "with", "lookup", "log"]);
const DOTPROMPT_HELPERS = new Set([
  "role",
  "history",
  "section",
  "media",
  "json",
  "ifEquals",
  "unlessEquals",
]);
const CONTEXT_CHANGING = new Set(["each", "with"]);
const CONDITIONS = new Set(["if", "unless"]);

interface Scope {
  checkable: boolean;
  guarded: ReadonlySet<string>;
}

export function parseTemplate(parse: TemplateParser, source: TemplateSource): Node {
  try {
    return parse(source.template);
  } catch (e) {
    const message = (e as Error).message;
    const line = /line (\d+)/.exec(message)?.[1];
    throw new ConfigError(`template syntax error in prompt "${source.prompt}": ${message.split("\n")[0]}`, {
      location: {
        file: source.file,
        line: line ? source.templateLine + Number(line) - 1 : source.templateLine,
      },
      hint: "check the {{ }} tags: every {{#block}} needs its {{/block}}",
    });
  }
}

export function checkTemplateVariables(
  parse: TemplateParser,
  source: TemplateSource,
  data: Record<string, unknown>,
  partials: ReadonlyMap<string, TemplateSource> = new Map(),
): void {
  const visiting = new Set<string>();

  const walkTemplate = (src: TemplateSource, scope: Scope) => {
    if (visiting.has(src.file)) return;
    visiting.add(src.file);
    const root = parseTemplate(parse, src);
    walk(root, scope, src);
    visiting.delete(src.file);
  };

  const fail = (path: PathNode, src: TemplateSource) => {
    const available = Object.keys(data);
    const near = available.length > 0 ? closest(path.parts[0] ?? "", available) : undefined;
    const suggestion =
      near !== undefined && distance(near, path.parts[0] ?? "") <= Math.max(2, near.length / 3)
        ? ` Did you mean "${near}"?`
        : "";
    const start = path.loc?.start;
    throw new ConfigError(
      `prompt "${source.prompt}" uses the variable "${path.original}", which the case does not define`,
      {
        location: {
          file: src.file,
          line: start ? src.templateLine + start.line - 1 : src.templateLine,
          column: start ? start.column + 1 : undefined,
          path: path.original,
        },
        hint: `the case defines: ${available.length > 0 ? available.join(", ") : "nothing"}.${suggestion} Map it in the suite's vars, add it to the dataset, or give it an input.default`,
      },
    );
  };

  const checkPath = (path: PathNode, scope: Scope, src: TemplateSource) => {
    if (path.data) {
      // `@root.x` reaches the top-level data from anywhere.
      if (path.original.startsWith("@root."))
        checkParts(path, path.parts[0] === "root" ? path.parts.slice(1) : path.parts, src);
      return;
    }
    if (!scope.checkable || path.depth > 0 || path.parts.length === 0) return;
    if (path.original === "this" || path.original.startsWith("this.")) return;
    if (scope.guarded.has(path.parts[0] ?? "")) return;
    checkParts(path, path.parts, src);
  };

  const checkParts = (path: PathNode, parts: string[], src: TemplateSource) => {
    let cur: unknown = data;
    for (const part of parts) {
      // Below a value that is not an object Handlebars yields nothing; that is the data's business.
      if (cur === null || typeof cur !== "object") return;
      if (!(part in cur)) fail(path, src);
      cur = (cur as Record<string, unknown>)[part];
    }
  };

  const walkExpr = (node: Node | undefined, scope: Scope, src: TemplateSource) => {
    if (!node) return;
    if (node.type === "PathExpression") checkPath(node as PathNode, scope, src);
    else if (node.type === "SubExpression") walkCall(node, scope, src);
  };

  const walkCall = (node: Node, scope: Scope, src: TemplateSource) => {
    const path = node.path as PathNode;
    const params = (node.params as Node[] | undefined) ?? [];
    const hash = node.hash as { pairs: { value: Node }[] } | undefined;
    const name = path.original;
    const isHelper = BUILTIN_HELPERS.has(name) || DOTPROMPT_HELPERS.has(name);
    if (!isHelper && params.length === 0 && !hash) {
      checkPath(path, scope, src);
      return;
    }
    if (!CONDITIONS.has(name)) for (const p of params) walkExpr(p, scope, src);
    for (const pair of hash?.pairs ?? []) walkExpr(pair.value, scope, src);
  };

  const walk = (node: Node | undefined, scope: Scope, src: TemplateSource) => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        for (const child of node.body as Node[]) walk(child, scope, src);
        return;
      case "MustacheStatement":
        walkCall(node, scope, src);
        return;
      case "BlockStatement": {
        const path = node.path as PathNode;
        const params = (node.params as Node[] | undefined) ?? [];
        const name = path.original;
        walkCall({ ...node, type: "SubExpression" }, scope, src);
        let inner = scope;
        if (CONTEXT_CHANGING.has(name)) inner = { ...scope, checkable: false };
        else if (CONDITIONS.has(name)) {
          const guarded = new Set(scope.guarded);
          for (const p of params)
            if (p.type === "PathExpression") guarded.add((p as PathNode).parts[0] ?? "");
          inner = { ...scope, guarded };
        }
        walk(node.program as Node | undefined, inner, src);
        walk(node.inverse as Node | undefined, scope, src);
        return;
      }
      case "PartialStatement":
      case "PartialBlockStatement": {
        const name = (node.name as { original?: string }).original ?? "";
        const partial = partials.get(name);
        const hasContext = ((node.params as Node[] | undefined) ?? []).length > 0;
        if (!partial) {
          const start = node.loc?.start;
          throw new ConfigError(
            `prompt "${source.prompt}" uses the partial "${name}", which does not exist`,
            {
              location: { file: src.file, line: start ? src.templateLine + start.line - 1 : undefined },
              hint: `create _${name}.prompt next to the prompt files`,
            },
          );
        }
        if (!hasContext) walkTemplate(partial, scope);
        return;
      }
      default:
        return;
    }
  };

  walkTemplate(source, { checkable: true, guarded: new Set() });
}
