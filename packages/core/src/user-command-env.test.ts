import { afterEach, describe, expect, it } from "vitest";
import { parseConfigText } from "./config-loader.ts";
import type { ConfigError } from "./errors.ts";
import { redact } from "./secrets.ts";
import { allowEnvReferences, UserCommandEnvSchema, userCommandEnv } from "./user-command-env.ts";

/** What a user command keeps of a step's environment: the descriptive context. */
const KEPT = {
  PATH: "/usr/bin:/bin",
  HOME: "/home/runner",
  LANG: "C.UTF-8",
  TMPDIR: "/tmp",
  CI: "true",
  GITHUB_REPOSITORY: "acme/churn",
  GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
  GITHUB_REF: "refs/pull/7/merge",
  GITHUB_RUN_ID: "42",
  RUNNER_TEMP: "/home/runner/work/_temp",
  TOKENIZERS_PARALLELISM: "false",
};

/** A step's environment on a runner: context, runner files, runtime tokens, action inputs, secrets. */
const STEP_ENV = {
  ...KEPT,
  GITHUB_ENV: "/home/runner/work/_temp/_runner_file_commands/set_env_1",
  GITHUB_PATH: "/home/runner/work/_temp/_runner_file_commands/add_path_1",
  GITHUB_OUTPUT: "/home/runner/work/_temp/_runner_file_commands/set_output_1",
  GITHUB_STATE: "/home/runner/work/_temp/_runner_file_commands/save_state_1",
  GITHUB_STEP_SUMMARY: "/home/runner/work/_temp/_runner_file_commands/step_summary_1",
  ACTIONS_RUNTIME_TOKEN: "canary-runtime-token",
  ACTIONS_RESULTS_URL: "https://results.example/canary",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "canary-oidc-token",
  ACTIONS_ID_TOKEN_REQUEST_URL: "https://oidc.example/canary",
  ACTIONS_CACHE_URL: "https://cache.example/canary",
  "INPUT_GITHUB-TOKEN": "canary-input-token",
  INPUT_CONFIG: "mlops.yml",
  GITHUB_TOKEN: "canary-github-token",
  OPENAI_API_KEY: "canary-openai-key",
  AWS_SECRET_ACCESS_KEY: "canary-aws-secret",
  AWS_SESSION_TOKEN: "canary-aws-session",
  AZURE_CLIENT_SECRET: "canary-azure",
  DB_PASSWORD: "canary-db-password",
  HF_TOKEN: "canary-hf",
  MY_NOTES: "ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  DATABASE_URL: "postgres://user:canary-url-password@db.example/app",
};

describe("userCommandEnv", () => {
  it("keeps the descriptive context and drops runner files, tokens, inputs and secrets", () => {
    expect(userCommandEnv(STEP_ENV)).toEqual(KEPT);
  });

  it(`adds what the config passes, reading \${NAME} from the step, and what the tool sets last`, () => {
    const env = userCommandEnv(
      STEP_ENV,
      { HF_TOKEN: `\${HF_TOKEN}`, MODE: `fast-\${GITHUB_RUN_ID}`, MISSING: `\${NOT_SET}`, MLOPS_SEED: "9" },
      { MLOPS_SEED: "1" },
    );
    expect(env.HF_TOKEN).toBe("canary-hf");
    expect(env.MODE).toBe("fast-42");
    expect(env.MISSING).toBe("");
    expect(env.MLOPS_SEED).toBe("1");
    expect(env.OPENAI_API_KEY).toBeUndefined();
  });

  it("registers a secret passed by reference, so it is redacted wherever it is printed", () => {
    userCommandEnv({ WANDB_API_KEY: "canary-wandb-key-1" }, { WANDB_API_KEY: `\${WANDB_API_KEY}` });
    expect(redact("login with canary-wandb-key-1")).toBe("login with ***");
  });

  it("never passes the runner's own variables, even by reference", () => {
    const env = userCommandEnv(STEP_ENV, { OUT: `\${GITHUB_ENV}`, ACTIONS_RUNTIME_TOKEN: "x" });
    expect(env.OUT).toBe("");
    expect(env.ACTIONS_RUNTIME_TOKEN).toBeUndefined();
  });
});

describe("UserCommandEnvSchema", () => {
  const schema = UserCommandEnvSchema;

  it("reads a map of names to values, numbers and booleans as text", () => {
    expect(parseConfigText(`A: 1\nB: true\nC: \${HF_TOKEN}\n`, "env.yml", schema)).toEqual({
      A: "1",
      B: "true",
      C: `\${HF_TOKEN}`,
    });
    expect(parseConfigText("", "env.yml", schema)).toEqual({});
  });

  const problem = (text: string) => {
    try {
      parseConfigText(text, "env.yml", schema);
    } catch (e) {
      const { location, message } = e as ConfigError;
      return `${location?.line}:${location?.column} ${location?.path}: ${message}`;
    }
    throw new Error("expected a ConfigError");
  };

  it("refuses the runner's variables as names or references, located", () => {
    expect(problem("GITHUB_ENV: /tmp/x\n")).toMatch(
      /^1:13 GITHUB_ENV: the runner's own variables .* cannot be set/,
    );
    expect(problem(`A: ok\nB: \${ACTIONS_RUNTIME_TOKEN}\n`)).toMatch(/^2:4 B: .* cannot be passed on/);
    expect(problem("1BAD: x\n")).toMatch(/^1:7 1BAD: not a variable name/);
  });

  describe("in a workflow", () => {
    afterEach(() => allowEnvReferences(undefined));

    it("refuses a secret the workflow did not list in allow-env, by name or by value, naming the input", () => {
      allowEnvReferences({ allowed: ["HF_TOKEN"], env: STEP_ENV });
      expect(problem(`A: \${DB_PASSWORD}\n`)).toMatch(
        /^1:4 A: \$\{DB_PASSWORD\} passes a secret the workflow did not allow/,
      );
      expect(problem(`A: x\nB: "--url=\${MY_NOTES}"\n`)).toMatch(/^2:4 B: \$\{MY_NOTES\} passes a secret/);
      let error: ConfigError | undefined;
      try {
        parseConfigText(`A: \${OPENAI_API_KEY}\n`, "env.yml", schema);
      } catch (e) {
        error = e as ConfigError;
      }
      expect(error?.hint).toMatch(/list it in the step's allow-env input/);
      expect(error?.message).not.toContain("canary");
    });

    it("passes what allow-env lists and what the command inherits anyway", () => {
      allowEnvReferences({ allowed: ["HF_TOKEN"], env: STEP_ENV });
      const text = `HF_TOKEN: \${HF_TOKEN}\nRUN: run-\${GITHUB_RUN_ID}\nGONE: \${NOT_SET}\n`;
      expect(parseConfigText(text, "env.yml", schema)).toEqual({
        HF_TOKEN: `\${HF_TOKEN}`,
        RUN: `run-\${GITHUB_RUN_ID}`,
        GONE: `\${NOT_SET}`,
      });
    });

    it("lets everything through locally, where the user wrote the config", () => {
      expect(parseConfigText(`A: \${DB_PASSWORD}\n`, "env.yml", schema)).toEqual({ A: `\${DB_PASSWORD}` });
    });
  });
});
