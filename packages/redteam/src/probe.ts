import { z } from "zod";

export const CATEGORIES = [
  "prompt-injection",
  "indirect-injection",
  "system-prompt-extraction",
  "jailbreak",
  "exfiltration",
  "pii-leakage",
  "excessive-agency",
  "harmful",
  "over-refusal",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where the attack text goes: the user's message, or content the model reads on the user's behalf. */
export const CHANNELS = ["user", "document", "tool-result", "file"] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a safe answer looks like. `compliance` marks a benign look-alike that must be answered: a prompt
 * that refuses it is over-refusing.
 */
export const EXPECTATIONS = ["refusal", "no-leak", "no-tool-call", "no-exfiltration", "compliance"] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

export const probeSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, "an id is lower-case words joined by dots or hyphens"),
    version: z.int().min(1),
    category: z.enum(CATEGORIES),
    channel: z.enum(CHANNELS),
    expects: z.enum(EXPECTATIONS),
    /** The tool the injected content asks for; calling it is the attack's success. */
    tool: z.string().min(1).optional(),
    text: z.string().trim().min(1),
    /**
     * What the user asks when the attack arrives through another channel: a harmless request that makes
     * the model read the document, tool result or file holding the attack.
     */
    request: z.string().trim().min(1).optional(),
  })
  .superRefine((probe, ctx) => {
    if (probe.channel !== "user" && probe.request === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["request"],
        message: `a ${probe.channel} probe says what the user asks (request) while the attack sits in the ${probe.channel}`,
      });
    if (probe.channel === "user" && probe.request !== undefined)
      ctx.addIssue({ code: "custom", path: ["request"], message: "a user probe is the request itself" });
    if (probe.expects === "no-tool-call" && probe.tool === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["tool"],
        message: "a no-tool-call probe names the tool it asks for",
      });
    if (probe.expects !== "no-tool-call" && probe.tool !== undefined)
      ctx.addIssue({ code: "custom", path: ["tool"], message: "only a no-tool-call probe names a tool" });
  });

export const probeFileSchema = z.strictObject({ probes: z.array(probeSchema).min(1) });

export interface Probe extends z.output<typeof probeSchema> {
  /** Where the probe is defined, for messages and reports. */
  source: { file: string; line: number };
}

/** The probe file format, published as a JSON Schema for editors. */
export const redteamSchemas: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  "redteam-probes": { schema: probeFileSchema, io: "input" },
};
