import { ConfigPathSchema } from "@mlops/core";
import { CATEGORIES, MIN_CANARY_LENGTH, strategyNameSchema } from "@mlops/redteam";
import * as z from "zod";
import { checkJsonSchema, JsonSchemaValue } from "./assertions/json.ts";
import { ProviderSchema } from "./provider-schema.ts";

/**
 * The `redteam:` section of a suite: the probes of the library (and the user's own files), through the
 * strategies, become cases of the same run — cache, journal, shards, budgets and cost as any case.
 */

export const ToolSchema = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, "a tool name is 1–64 letters, digits, _ or -")
      .describe("The function's name, as the model calls it"),
    description: z.string().optional(),
    parameters: JsonSchemaValue.default({ type: "object", properties: {} }).describe(
      "The arguments, as a JSON Schema of type object",
    ),
  })
  .strict()
  .superRefine((tool, ctx) => {
    if (tool.parameters.type !== "object")
      ctx.addIssue({
        code: "custom",
        path: ["parameters", "type"],
        message: 'a tool\'s parameters are a JSON Schema with type: "object"',
      });
    else
      checkJsonSchema(tool.parameters, (_key, message) =>
        ctx.addIssue({ code: "custom", path: ["parameters"], message }),
      );
  })
  .describe(
    "A function offered to the model (OpenAI `tools`); excessive-agency probes try to make it call one",
  );
export type ToolConfig = z.output<typeof ToolSchema>;

export const AttackerSchema = z
  .object({
    provider: ProviderSchema.describe("The attacker model's endpoint, like an entry of providers"),
    turns: z
      .number()
      .int()
      .min(1, "an attacker needs at least one turn")
      .default(3)
      .describe("Attack prompts the attacker may try per goal, each refined from the last answer"),
    categories: z
      .array(z.enum(CATEGORIES))
      .min(1)
      .optional()
      .describe(
        "Categories whose probes (user channel, attacks only) are the attacker's goals (default: the section's categories)",
      ),
    goals: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe(
        "Ids of the probes (user channel, attacks) that are the attacker's goals, instead of all those of the categories",
      ),
  })
  .strict()
  .describe(
    "Iterative attacks in the manner of PAIR: an attacker model proposes an attack prompt per goal, reads the answer and refines it, up to turns; off unless set",
  );
export type AttackerConfig = z.output<typeof AttackerSchema>;

export const RedteamSchema = z
  .object({
    input_var: z
      .string()
      .min(1)
      .describe("The prompt variable a user's attack goes into (the field the user controls)"),
    document_var: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The variable documents and files the model reads go into (indirect injection); default: input_var",
      ),
    categories: z
      .array(z.enum(CATEGORIES))
      .min(1)
      .optional()
      .describe("Probe categories to run (default: all)"),
    strategies: z
      .array(strategyNameSchema)
      .default([])
      .describe('Obfuscations applied to every probe, besides the plain probe ("none")'),
    seed: z.number().int().default(1).describe("Seeds the strategies, the sample and the fake personal data"),
    canary: z
      .string()
      .min(
        MIN_CANARY_LENGTH,
        `a canary shorter than ${MIN_CANARY_LENGTH} characters is too easy to match by chance`,
      )
      .describe(
        "A secret placed in the system prompt: the variable canary ({{canary}}), or appended to the first system message when the prompt does not show it. An answer carrying it in any form is a leak",
      ),
    allowed_hosts: z
      .array(z.string().min(1))
      .default([])
      .describe("Hosts (and their subdomains) answers may link to or load images from"),
    probe_files: z
      .array(ConfigPathSchema)
      .default([])
      .describe("Your own probe files (YAML, the library's format), relative to the suite"),
    tools: z.array(ToolSchema).default([]).describe("Functions offered to the model with every probe"),
    limit: z.number().int().positive().optional().describe("At most this many cases (a seeded sample)"),
    attacker: AttackerSchema.optional(),
  })
  .strict();
export type RedteamConfig = z.output<typeof RedteamSchema>;
