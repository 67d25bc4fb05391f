import * as z from "zod";

/** A model endpoint as a suite names it: for the prompts under test, the judge and the red-team attacker. */

const PriceSchema = z
  .object({
    input: z.number().min(0).describe("USD per 1M input tokens"),
    cached_input: z.number().min(0).optional().describe("USD per 1M cached input tokens (default: input)"),
    output: z.number().min(0).describe("USD per 1M output tokens"),
  })
  .strict();

export const ProviderSchema = z
  .object({
    id: z.string().min(1).optional().describe("Label in reports (default: the model)"),
    type: z
      .enum(["openai", "azure", "openai-compatible"])
      .default("openai")
      .describe("openai-compatible: any server speaking OpenAI's API at base_url (vLLM, Ollama, LiteLLM)"),
    model: z.string().min(1).describe("Model name (Azure: the deployment)"),
    base_url: z.string().url().optional().describe("API base URL, e.g. http://localhost:8000/v1"),
    api_key_env: z
      .string()
      .default("OPENAI_API_KEY")
      .describe(
        "Environment variable holding the API key (never put keys in the suite): a known LLM key such as OPENAI_API_KEY, or one the workflow allows with allow-api-key-env",
      ),
    azure_endpoint: z.string().url().optional(),
    api_version: z.string().optional().describe("Azure API version, e.g. 2024-10-21"),
    concurrency: z.number().int().positive().default(4).describe("Requests in flight at once"),
    rpm: z.number().positive().optional().describe("Requests per minute limit"),
    tpm: z.number().positive().optional().describe("Tokens per minute limit (estimated from the request)"),
    max_retries: z
      .number()
      .int()
      .min(0)
      .default(4)
      .describe("Retries on 429, 5xx, timeouts and dropped connections"),
    timeout_ms: z.number().int().positive().default(60_000).describe("Per request"),
    stream: z.boolean().default(false).describe("Stream responses (measures time to first token)"),
    price: PriceSchema.optional().describe("Price override for this model (self-hosted, unlisted)"),
    config: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("Request parameters that override the prompt's config (temperature, max_tokens, …)"),
  })
  .strict();
export type ProviderConfig = z.output<typeof ProviderSchema>;
