import * as z from "zod";
import { registeredSecrets, registerSecret } from "./secrets.ts";

/**
 * The environment of a command a pull request controls (training, predict, deploy apply and health):
 * the step's environment minus what would let it act as the runner or as the workflow, plus what the
 * config passes explicitly.
 */

/**
 * Never given to a user command, not even when a config names them: the runner's file-command paths
 * (writing GITHUB_ENV sets variables for the next steps), the runner's runtime, cache and OIDC tokens
 * and URLs, and the action's inputs (which hold its `github-token`).
 */
const RUNNER_ONLY = /^(GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)|ACTIONS_\w*|INPUT_.*)$/i;

/** Secrets by name; a config passes one explicitly (`env: { NAME: `\${NAME}` }`) when a command needs it. */
const SECRET_NAME = /(^|_)(TOKEN|KEY|APIKEY)$|SECRET|PASSWORD|PASSWD/i;

/** Secrets by value, whatever the variable is called: GitHub, OpenAI-style, AWS and Slack tokens, URL credentials. */
const SECRET_VALUE =
  /^(gh[pousr]_\w{20,}|github_pat_\w{20,}|sk-[\w-]{20,}|AKIA[0-9A-Z]{16}|xox[abpr]-[\w-]{10,})$|^[a-z][\w+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;

const REFERENCE = /\$\{(\w+)\}/g;

export function isRunnerOnlyVariable(name: string): boolean {
  return RUNNER_ONLY.test(name);
}

export function isSecretVariable(name: string, value: string | undefined): boolean {
  return (
    SECRET_NAME.test(name) ||
    (value !== undefined && (SECRET_VALUE.test(value) || registeredSecrets().includes(value)))
  );
}

/**
 * In a workflow, which of the step's variables a config a pull request controls may pass to its
 * commands: those the workflow lists in `allow-env`, and those the command inherits anyway (not secret by
 * name or value). Absent locally, where the user wrote the config.
 */
let envAllowance: { allowed: ReadonlySet<string>; env: NodeJS.ProcessEnv } | undefined;

export function allowEnvReferences(
  allowance: { allowed: readonly string[]; env: NodeJS.ProcessEnv } | undefined,
) {
  envAllowance = allowance && { allowed: new Set(allowance.allowed), env: allowance.env };
}

function referenceAllowed(name: string): boolean {
  if (!envAllowance) return true;
  return envAllowance.allowed.has(name) || !isSecretVariable(name, envAllowance.env[name]);
}

/**
 * The `env:` map of a training, predict or deploy config, refusing the runner's own variables and, in a
 * workflow, secrets the workflow did not allow.
 */
export const UserCommandEnvSchema = z
  .record(
    z.string(),
    z
      .union([z.string(), z.number(), z.boolean()])
      .transform(String)
      .superRefine((value, ctx) => {
        const names = [...value.matchAll(REFERENCE)].map((m) => m[1]!);
        if (names.some(isRunnerOnlyVariable)) {
          ctx.addIssue({
            code: "custom",
            message: "the runner's own variables (GITHUB_ENV, ACTIONS_*, INPUT_*, …) cannot be passed on",
          });
          return;
        }
        for (const name of names.filter((n) => !referenceAllowed(n)))
          ctx.addIssue({
            code: "custom",
            message: `\${${name}} passes a secret the workflow did not allow to this config's commands`,
            params: {
              hint: `a pull request controls this file; if the command needs ${name}, list it in the step's allow-env input`,
            },
          });
      }),
  )
  .superRefine((map, ctx) => {
    for (const name of Object.keys(map)) {
      const message = !/^[A-Za-z_]\w*$/.test(name)
        ? "not a variable name: use letters, digits and _"
        : isRunnerOnlyVariable(name)
          ? "the runner's own variables (GITHUB_ENV, ACTIONS_*, INPUT_*, …) cannot be set"
          : undefined;
      if (message) ctx.addIssue({ code: "custom", path: [name], message });
    }
  })
  .default({})
  .describe(
    `Variables for the command, on top of the step's environment without its runner files, tokens, action inputs and secrets; \${NAME} passes the step's NAME (e.g. a secret the command needs)`,
  );
export type UserCommandEnv = z.output<typeof UserCommandEnvSchema>;

/**
 * The environment for a user command: `parent` without runner-only variables and secrets, then
 * `passed` (a config's `env:`, whose `${NAME}` references read `parent`), then `own` (what the tool
 * itself tells the command, e.g. its seed). A secret passed by reference is registered for redaction.
 */
export function userCommandEnv(
  parent: NodeJS.ProcessEnv,
  passed: Readonly<Record<string, string>> = {},
  own: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && !isRunnerOnlyVariable(name) && !isSecretVariable(name, value)) {
      env[name] = value;
    }
  }
  for (const [name, template] of Object.entries(passed)) {
    if (isRunnerOnlyVariable(name)) continue;
    env[name] = template.replace(REFERENCE, (_, ref: string) => {
      if (isRunnerOnlyVariable(ref)) return "";
      const value = parent[ref] ?? "";
      if (isSecretVariable(ref, value)) registerSecret(value);
      return value;
    });
  }
  return { ...env, ...own };
}
