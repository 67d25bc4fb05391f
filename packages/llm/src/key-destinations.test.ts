import { describe, expect, it } from "vitest";
import { checkKeyDestinations } from "./key-destinations.ts";
import { SuiteSchema } from "./suite-schema.ts";

const suiteWith = (provider: Record<string, unknown>) =>
  SuiteSchema.parse({ prompts: ["p.prompt"], providers: [{ model: "m", ...provider }] });
const locate = (path: readonly PropertyKey[]) => ({ file: "s.yaml", path: path.join(".") });
const check = (provider: Record<string, unknown>, env: NodeJS.ProcessEnv, policy = {}) => {
  const { errors, warnings } = checkKeyDestinations(suiteWith(provider), env, policy, locate);
  return { errors: errors.map((e) => `${e.location?.file} ${e.location?.path}: ${e.message}`), warnings };
};

describe("checkKeyDestinations", () => {
  it("lets each known key go to its provider's hosts and to loopback only", () => {
    const azure = { type: "azure", api_key_env: "AZURE_OPENAI_API_KEY" };
    const env = { AZURE_OPENAI_API_KEY: "k" };
    expect(check({ ...azure, azure_endpoint: "https://team.openai.azure.com" }, env).errors).toEqual([]);
    expect(check({ ...azure, azure_endpoint: "http://127.0.0.1:9/x" }, env).errors).toEqual([]);
    expect(check({ ...azure, azure_endpoint: "https://openai.azure.com.evil.example" }, env).errors).toEqual([
      "s.yaml providers.0.azure_endpoint: AZURE_OPENAI_API_KEY would be sent to openai.azure.com.evil.example, which is not a host of that key's provider",
    ]);
  });

  it("holds OPENAI_BASE_URL from the environment to the same rule, and checks nothing when no key is sent", () => {
    const env = { OPENAI_API_KEY: "k", OPENAI_BASE_URL: "https://collector.example.org/v1" };
    expect(check({}, env).errors).toEqual([
      "environment OPENAI_BASE_URL: OPENAI_API_KEY would be sent to collector.example.org, which is not a host of that key's provider",
    ]);
    expect(check({}, { OPENAI_BASE_URL: "https://collector.example.org/v1" }).errors).toEqual([]);
    const listed = check({}, env, { allowHosts: ["collector.example.org"] });
    expect(listed).toEqual({
      errors: [],
      warnings: ["OPENAI_API_KEY is sent to collector.example.org (listed in allow-hosts)"],
    });
  });

  it("never accepts a runner or GitHub token as a key, allowed or not", () => {
    for (const name of ["GITHUB_TOKEN", "GH_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "INPUT_GITHUB-TOKEN"]) {
      expect(check({ api_key_env: name }, { [name]: "k" }, { allowApiKeyEnv: [name] }).errors).toEqual([
        `s.yaml providers.0.api_key_env: api_key_env may not name ${name}`,
      ]);
    }
  });
});
