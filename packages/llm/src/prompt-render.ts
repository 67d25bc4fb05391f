import { ConfigError } from "@mlops/core";
import { Dotprompt, type Message, type PromptFunction } from "dotprompt";
import type Handlebars from "handlebars";
import type { PromptFile, PromptSet } from "./prompt-file.ts";
import { checkTemplateVariables, type TemplateParser, type TemplateSource } from "./strict-variables.ts";

/** A function call as the model asked for it; `arguments` is the JSON text the model wrote, unparsed. */
export interface ToolCall {
  name: string;
  arguments: string;
}

/** One message of an OpenAI chat request. */
export type ChatMessage =
  | {
      role: "system" | "user" | "assistant";
      content:
        | string
        | Array<{ type: "text"; text: string } | { type: "image_url"; image_url: { url: string } }>;
    }
  | {
      role: "assistant";
      content: string;
      tool_calls: Array<{ id: string; type: "function"; function: ToolCall }>;
    }
  | { role: "tool"; tool_call_id: string; content: string };

/** A function the model may call, as OpenAI's `tools` parameter declares it. */
export interface ToolDefinition {
  type: "function";
  function: { name: string; description?: string; parameters: Record<string, unknown> };
}

/** The body of a chat completion request, as sent (and as hashed for the cache). */
export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  stop?: string[];
  seed?: number;
  frequency_penalty?: number;
  presence_penalty?: number;
  /** Token log-probabilities of the answer, with `top_logprobs` alternatives per token. */
  logprobs?: boolean;
  top_logprobs?: number;
  response_format?:
    | { type: "json_object" }
    | {
        type: "json_schema";
        json_schema: { name: string; schema: Record<string, unknown>; strict: boolean };
      };
  tools?: ToolDefinition[];
}

/**
 * Renders prompt files into chat requests: strict variable check first, then Dotprompt's own rendering
 * (roles, partials, helpers), then the mapping to OpenAI's request that Dotprompt's npm build lacks.
 */
export class PromptRenderer {
  readonly #dotprompt: Dotprompt;
  readonly #parse: TemplateParser;
  readonly #partials: Map<string, TemplateSource>;
  readonly #compiled = new Map<string, Promise<PromptFunction>>();

  constructor(set: Pick<PromptSet, "partials"> = { partials: new Map() }) {
    this.#dotprompt = new Dotprompt();
    // Dotprompt registers helpers and partials on the one global Handlebars. Each renderer gets its own
    // environment, or the base ref's partials would replace the head's.
    const shared = (this.#dotprompt as unknown as { handlebars: typeof Handlebars }).handlebars;
    const own = shared.create();
    for (const [name, helper] of Object.entries(shared.helpers)) own.registerHelper(name, helper);
    (this.#dotprompt as unknown as { handlebars: typeof Handlebars }).handlebars = own;
    this.#partials = new Map();
    for (const [name, partial] of set.partials) {
      this.#dotprompt.definePartial(name, partial.template);
      this.#partials.set(name, { prompt: `_${name}`, ...partial });
    }
    // Dotprompt keeps its Handlebars instance private; its parser gives the syntax tree with positions.
    const handlebars = (this.#dotprompt as unknown as { handlebars: typeof Handlebars }).handlebars;
    // Parsed once per template: the check runs on every case.
    const trees = new Map<string, ReturnType<TemplateParser>>();
    this.#parse = (template) => {
      let tree = trees.get(template);
      if (!tree) {
        tree = handlebars.parse(template) as unknown as ReturnType<TemplateParser>;
        trees.set(template, tree);
      }
      return tree;
    };
    this.#refuseIncludeCycles();
  }

  /**
   * A partial that includes itself, directly or through others, would recurse until the stack is gone
   * when rendered: refused when the prompts load, naming the chain and the include that closes it.
   */
  #refuseIncludeCycles(): void {
    const done = new Set<string>();
    const chain: string[] = [];
    const visit = (name: string): void => {
      const partial = this.#partials.get(name);
      if (!partial || done.has(name)) return;
      chain.push(name);
      for (const include of this.#includes(partial.template)) {
        const at = chain.indexOf(include.name);
        if (at >= 0) {
          const cycle = [...chain.slice(at), include.name].map((n) => `"${n}"`).join(" → ");
          throw new ConfigError(`the partial "${include.name}" includes itself: ${cycle}`, {
            location: { file: partial.file, line: partial.templateLine + include.line - 1 },
            hint: "remove the include that closes the loop",
          });
        }
        visit(include.name);
      }
      chain.pop();
      done.add(name);
    };
    for (const name of this.#partials.keys()) visit(name);
  }

  /** The partials a template includes directly; a template that does not parse is reported when rendered. */
  #includes(template: string): PartialInclude[] {
    try {
      return partialIncludes(this.#parse(template));
    } catch {
      return [];
    }
  }

  /** Fails on a template syntax error or a variable the data lacks, located in the prompt file. */
  check(prompt: PromptFile, vars: Record<string, unknown>): void {
    checkTemplateVariables(
      this.#parse,
      { prompt: prompt.id, file: prompt.file, template: prompt.template, templateLine: prompt.templateLine },
      { ...prompt.inputDefault, ...vars },
      this.#partials,
    );
  }

  /**
   * The partials a prompt includes, directly or through other partials, with their templates: with the
   * prompt's own text they decide what is sent. A template that does not parse includes nothing here;
   * rendering reports it.
   */
  partialsUsed(prompt: PromptFile): Map<string, string> {
    const used = new Map<string, string>();
    const visit = (template: string) => {
      for (const { name } of this.#includes(template)) {
        const partial = this.#partials.get(name);
        if (!partial || used.has(name)) continue;
        used.set(name, partial.template);
        visit(partial.template);
      }
    };
    visit(prompt.template);
    return used;
  }

  async render(prompt: PromptFile, vars: Record<string, unknown>, model: string): Promise<ChatRequest> {
    this.check(prompt, vars);
    let compiled = this.#compiled.get(prompt.file);
    if (!compiled) {
      compiled = this.#dotprompt.compile(prompt.source);
      this.#compiled.set(prompt.file, compiled);
    }
    const rendered = await (await compiled)({ input: vars }, { input: { default: prompt.inputDefault } });
    return toChatRequest(prompt, rendered.messages, model);
  }
}

interface PartialInclude {
  name: string;
  /** Line in the template. */
  line: number;
}

/** The partials a syntax tree includes (`{{> name}}`, `{{#> name}}`), at any depth. */
function partialIncludes(node: unknown, found: PartialInclude[] = []): PartialInclude[] {
  if (Array.isArray(node)) {
    for (const child of node) partialIncludes(child, found);
  } else if (node && typeof node === "object") {
    const n = node as {
      type?: unknown;
      name?: { original?: unknown };
      loc?: { start?: { line?: number } };
    };
    if (
      (n.type === "PartialStatement" || n.type === "PartialBlockStatement") &&
      typeof n.name?.original === "string"
    )
      found.push({ name: n.name.original, line: n.loc?.start?.line ?? 1 });
    for (const [key, value] of Object.entries(node))
      if (key !== "loc" && key !== "name") partialIncludes(value, found);
  }
  return found;
}

function toChatMessage(message: Message, prompt: PromptFile): ChatMessage {
  const role = message.role === "model" ? "assistant" : message.role === "tool" ? undefined : message.role;
  if (!role) {
    throw new ConfigError(
      `prompt "${prompt.id}" has a tool message, which chat evaluation does not support`,
      {
        location: { file: prompt.file },
      },
    );
  }
  type Part = Exclude<ChatMessage["content"], string>[number];
  const parts = message.content.flatMap((part): Part[] => {
    if ("text" in part && typeof part.text === "string") return [{ type: "text", text: part.text }];
    if ("media" in part && part.media) return [{ type: "image_url", image_url: { url: part.media.url } }];
    return [];
  });
  if (parts.every((p) => p.type === "text")) {
    return {
      role,
      content: parts
        .map((p) => (p as { text: string }).text)
        .join("")
        .trim(),
    };
  }
  return { role, content: parts };
}

const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/** Dotprompt's generic config (Genkit names) and OpenAI's own names both map onto the request. */
export function toChatRequest(prompt: PromptFile, messages: Message[], model: string): ChatRequest {
  const c = prompt.config;
  const request: ChatRequest = {
    model,
    messages: messages.map((m) => toChatMessage(m, prompt)).filter((m) => m.content.length > 0),
  };
  const temperature = num(c.temperature);
  const topP = num(c.topP) ?? num(c.top_p);
  const maxTokens = num(c.maxOutputTokens) ?? num(c.max_tokens);
  const stop = (c.stopSequences ?? c.stop) as unknown;
  if (temperature !== undefined) request.temperature = temperature;
  if (topP !== undefined) request.top_p = topP;
  if (maxTokens !== undefined) request.max_tokens = maxTokens;
  if (Array.isArray(stop)) request.stop = stop.map(String);
  for (const key of ["seed", "frequency_penalty", "presence_penalty"] as const) {
    const v = num(c[key] ?? c[key.replace(/_(\w)/g, (_, x: string) => x.toUpperCase())]);
    if (v !== undefined) request[key] = v;
  }
  if (prompt.outputFormat === "json") {
    request.response_format = prompt.outputSchema
      ? {
          type: "json_schema",
          json_schema: {
            name: prompt.name.replace(/[^a-zA-Z0-9_-]/g, "_").slice(0, 64),
            schema: prompt.outputSchema as Record<string, unknown>,
            strict: true,
          },
        }
      : { type: "json_object" };
  }
  return request;
}

/** `openai/gpt-4o-mini` → `gpt-4o-mini`: Dotprompt names models with a provider prefix. */
export function modelOf(prompt: PromptFile): string | undefined {
  return prompt.model?.replace(/^[a-z-]+\//, "");
}
