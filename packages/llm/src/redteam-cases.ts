import path from "node:path";
import { ConfigError, configLocator, misspeltName } from "@mlops/core";
import {
  type Category,
  canaryInstruction,
  expandProbes,
  loadProbeLibrary,
  piiRecord,
  type RedteamCase,
  type SeededPii,
  seededPii,
} from "@mlops/redteam";
import type { ChatRequest, ToolDefinition } from "./prompt-render.ts";
import type { RedteamConfig, ToolConfig } from "./redteam-schema.ts";

/**
 * Probes as cases: where each attack goes in the prompt under test, and what it is judged against. A
 * user attack fills `input_var`; a document or file fills `document_var`, while `input_var` carries the
 * probe's harmless request (both in `input_var`, request first, without a `document_var`); a tool result
 * arrives as the answer of a call the model made, after the request. The canary and a fictitious customer record
 * sit in the system message — through `{{canary}}`, or appended when the prompt does not show them — so
 * an answer carrying either, in any form, is a leak.
 */

/** What every probe of a suite shares. */
export interface RedteamSetup {
  canary: string;
  pii: SeededPii;
  /** The record as the system message shows it. */
  piiText: string;
  allowedHosts: readonly string[];
  tools: readonly ToolConfig[];
}

export interface RedteamProbe {
  attack: RedteamCase;
  setup: RedteamSetup;
  /** A goal for the attacker model: its attack prompts, refined turn by turn, fill `inputVar`. */
  iterative?: { turns: number; inputVar: string };
}

export interface RedteamCaseSpec {
  id: string;
  vars: Record<string, unknown>;
  tags: string[];
  source: string;
  redteam: RedteamProbe;
}

export async function redteamCases(
  config: RedteamConfig,
  defaults: Record<string, unknown>,
  suiteFile: string,
): Promise<RedteamCaseSpec[]> {
  const dir = path.dirname(suiteFile);
  const library = await loadProbeLibrary({ extraFiles: config.probe_files.map((f) => path.resolve(dir, f)) });
  const attacks = expandProbes(library, {
    categories: config.categories as Category[] | undefined,
    strategies: config.strategies,
    seed: config.seed,
    canary: config.canary,
    limit: config.limit,
  });
  if (attacks.length === 0) {
    throw new ConfigError("the redteam section selects no probe", {
      location: { file: suiteFile, path: "redteam.categories" },
      hint: "choose categories the library or your probe_files have probes for",
    });
  }
  const pii = seededPii(config.seed);
  const setup: RedteamSetup = {
    canary: config.canary,
    pii,
    piiText: piiRecord(pii),
    allowedHosts: config.allowed_hosts,
    tools: config.tools,
  };
  const oneShot = attacks.map((attack) => {
    const vars: Record<string, unknown> = { ...defaults, canary: config.canary };
    // An indirect attack sits in what the model reads; the user only asks a harmless question about it.
    if (attack.channel === "user") vars[config.input_var] = attack.text;
    else if (attack.channel === "tool-result") vars[config.input_var] = attack.request;
    else if (config.document_var && config.document_var !== config.input_var)
      Object.assign(vars, { [config.input_var]: attack.request, [config.document_var]: attack.text });
    else vars[config.input_var] = `${attack.request}\n\n${attack.text}`;
    return {
      id: `redteam/${attack.id}`,
      vars,
      tags: ["redteam", attack.category, attack.strategy],
      source: `${path.basename(suiteFile)} (redteam probe ${attack.probeId}, strategy ${attack.strategy})`,
      redteam: { attack, setup },
    };
  });
  if (!config.attacker) return oneShot;
  return [...oneShot, ...(await attackerGoals(config, library, defaults, suiteFile, setup))];
}

/**
 * The attacker's goals: the selected probes a user can send themselves (attacks, not look-alikes), each
 * one case whose user message the attacker writes. The probe's text is the goal and its detectors judge
 * every answer, so a goal succeeds exactly when a one-shot probe would.
 */
async function attackerGoals(
  config: RedteamConfig,
  library: Awaited<ReturnType<typeof loadProbeLibrary>>,
  defaults: Record<string, unknown>,
  suiteFile: string,
  setup: RedteamSetup,
): Promise<RedteamCaseSpec[]> {
  const attacker = config.attacker as NonNullable<RedteamConfig["attacker"]>;
  const plain = { strategies: [], seed: config.seed, canary: config.canary };
  const isGoal = (p: RedteamCase) => p.channel === "user" && p.expects !== "compliance";
  let goals: RedteamCase[];
  if (attacker.goals) {
    const probes = expandProbes(library, plain);
    const locate = await configLocator(suiteFile);
    goals = attacker.goals.map((id, i) => {
      const probe = probes.find((p) => p.probeId === id);
      if (probe && isGoal(probe)) return probe;
      const near = misspeltName(
        id,
        probes.filter(isGoal).map((p) => p.probeId),
      );
      throw new ConfigError(
        probe
          ? `probe "${id}" is not an attack a user sends (${probe.channel}, expects ${probe.expects})`
          : `unknown probe "${id}"`,
        {
          location: locate(["redteam", "attacker", "goals", i]),
          hint: near
            ? `did you mean "${near}"?`
            : "name a user-channel attack of the probe library or your probe_files",
        },
      );
    });
  } else {
    const categories = (attacker.categories ?? config.categories) as Category[] | undefined;
    goals = expandProbes(library, { ...plain, categories }).filter(isGoal);
  }
  if (goals.length === 0) {
    throw new ConfigError("the attacker has no goal: no user-channel attack among its categories", {
      location: { file: suiteFile, path: "redteam.attacker.categories" },
      hint: "choose categories with probes a user sends (e.g. prompt-injection, jailbreak)",
    });
  }
  return goals.map((goal) => {
    const attack = { ...goal, id: `${goal.probeId}/${ITERATIVE_STRATEGY}`, strategy: ITERATIVE_STRATEGY };
    return {
      id: `redteam/${attack.id}`,
      vars: { ...defaults, canary: config.canary, [config.input_var]: goal.text },
      tags: ["redteam", ITERATIVE_CATEGORY, goal.category],
      source: `${path.basename(suiteFile)} (redteam attacker goal ${goal.probeId})`,
      redteam: { attack, setup, iterative: { turns: attacker.turns, inputVar: config.input_var } },
    };
  });
}

/** Where iterative attacks count: a category of their own, so each probe category keeps its one-shot rate. */
export const ITERATIVE_CATEGORY = "iterative";
const ITERATIVE_STRATEGY = "pair";

const toolDefinition = (tool: ToolConfig): ToolDefinition => ({
  type: "function",
  function: {
    name: tool.name,
    ...(tool.description === undefined ? {} : { description: tool.description }),
    parameters: tool.parameters,
  },
});

/**
 * The rendered request as the probe needs it: the secrets in the system message, the suite's tools (and
 * the tool the probe tempts the model with, when the suite does not define it), and a tool-result attack
 * as the answer to a call of the first tool.
 */
export function attackRequest(request: ChatRequest, { attack, setup }: RedteamProbe): ChatRequest {
  const messages = [...request.messages];
  const systemAt = messages.findIndex((m) => m.role === "system");
  const system = systemAt < 0 ? "" : textOf(messages[systemAt]?.content);
  const context = [
    ...(system.includes(setup.canary) ? [] : [canaryInstruction(setup.canary)]),
    ...(system.includes(setup.piiText)
      ? []
      : [`Customer record (confidential, for this customer only):\n${setup.piiText}`]),
  ].join("\n");
  const withContext = !context ? system : system ? `${system}\n\n${context}` : context;
  if (systemAt < 0) messages.unshift({ role: "system", content: withContext });
  else messages[systemAt] = { role: "system", content: withContext };

  const tools = [...setup.tools];
  if (attack.tool !== undefined && !tools.some((t) => t.name === attack.tool))
    tools.push({ name: attack.tool, parameters: { type: "object", properties: {} } });
  if (attack.channel === "tool-result") {
    const name = tools[0]?.name ?? "read_document";
    if (tools.length === 0) tools.push({ name, parameters: { type: "object", properties: {} } });
    messages.push(
      {
        role: "assistant",
        content: "",
        tool_calls: [{ id: "call_probe", type: "function", function: { name, arguments: "{}" } }],
      },
      { role: "tool", tool_call_id: "call_probe", content: attack.text },
    );
  }
  return { ...request, messages, ...(tools.length > 0 ? { tools: tools.map(toolDefinition) } : {}) };
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  return Array.isArray(content)
    ? content.map((part: { text?: string }) => (typeof part.text === "string" ? part.text : "")).join("")
    : "";
}
