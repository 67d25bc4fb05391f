import { readFile } from "node:fs/promises";
import { ConfigError, parseConfigText } from "@mlops/core";
import * as z from "zod";
import type { PromptEvaluation } from "./eval-envelope.ts";
import type { Shard } from "./runner.ts";

/**
 * A shard file of `evaluate-llm --shard i/n`, as `merge` reads it. Shard files travel through
 * artifacts, so what merge relies on is checked before it is used; fields merge only passes on to the
 * result are checked where they are rendered.
 */
const ShardSchema = z
  .object({ index: z.number().int().min(1), total: z.number().int().min(1) })
  .refine((s) => s.index <= s.total, { message: "index must not exceed total", path: ["index"] });

const CaseResultSchema = z.looseObject({
  caseId: z.string(),
  repeat: z.number().int().min(0),
  side: z.enum(["head", "base"]),
  promptId: z.string(),
  status: z.enum(["pass", "fail", "error", "skipped"]),
});

const EvaluationSchema = z.looseObject({
  head: z.looseObject({ id: z.string(), version: z.string() }),
  results: z.array(CaseResultSchema),
  lint: z.array(z.looseObject({ prompt: z.string(), rule: z.string(), message: z.string() })),
});

const ShardFileSchema = z.object({
  shard: ShardSchema,
  suites: z.array(
    z.object({
      suite: z.string().min(1),
      startedAt: z.iso.datetime({ offset: true }),
      durationMs: z.number().min(0),
      evaluations: z.array(EvaluationSchema),
    }),
  ),
});

export interface ShardSuite {
  suite: string;
  startedAt: string;
  durationMs: number;
  evaluations: PromptEvaluation[];
}

export interface ShardFile {
  shard: Shard;
  suites: ShardSuite[];
}

export async function readShardFile(file: string): Promise<ShardFile> {
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`cannot read shard file (${e.code ?? String(e)})`, { location: { file } });
  });
  // Fast path for the files evaluate-llm wrote; anything else is read again to locate its problem.
  try {
    const parsed = ShardFileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data as unknown as ShardFile;
  } catch {
    // not JSON: located below
  }
  try {
    return parseConfigText(text, file, ShardFileSchema) as unknown as ShardFile;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    throw new ConfigError(`invalid shard file: ${e.message}`, {
      location: e.location,
      hint: e.hint ?? "shard files are written by `mlops evaluate-llm --shard i/n`; rerun that shard",
      others: e.others,
    });
  }
}
