import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  registerSecret,
  registeredSecrets
} from "./chunk-PYTCQQ7B.js";
import {
  boolean,
  number,
  record,
  string,
  union
} from "./chunk-33725BPV.js";

// packages/core/src/user-command-env.ts
var RUNNER_ONLY = /^(GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)|ACTIONS_\w*|INPUT_.*)$/i;
var SECRET_NAME = /(^|_)(TOKEN|KEY|APIKEY)$|SECRET|PASSWORD|PASSWD/i;
var SECRET_VALUE = /^(gh[pousr]_\w{20,}|github_pat_\w{20,}|sk-[\w-]{20,}|AKIA[0-9A-Z]{16}|xox[abpr]-[\w-]{10,})$|^[a-z][\w+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;
var REFERENCE = /\$\{(\w+)\}/g;
function isRunnerOnlyVariable(name) {
  return RUNNER_ONLY.test(name);
}
function isSecretVariable(name, value) {
  return SECRET_NAME.test(name) || value !== void 0 && (SECRET_VALUE.test(value) || registeredSecrets().includes(value));
}
var envAllowance;
function allowEnvReferences(allowance) {
  envAllowance = allowance && { allowed: new Set(allowance.allowed), env: allowance.env };
}
function referenceAllowed(name) {
  if (!envAllowance) return true;
  return envAllowance.allowed.has(name) || !isSecretVariable(name, envAllowance.env[name]);
}
var UserCommandEnvSchema = record(
  string(),
  union([string(), number(), boolean()]).transform(String).superRefine((value, ctx) => {
    const names = [...value.matchAll(REFERENCE)].map((m) => m[1]);
    if (names.some(isRunnerOnlyVariable)) {
      ctx.addIssue({
        code: "custom",
        message: "the runner's own variables (GITHUB_ENV, ACTIONS_*, INPUT_*, …) cannot be passed on"
      });
      return;
    }
    for (const name of names.filter((n) => !referenceAllowed(n)))
      ctx.addIssue({
        code: "custom",
        message: `\${${name}} passes a secret the workflow did not allow to this config's commands`,
        params: {
          hint: `a pull request controls this file; if the command needs ${name}, list it in the step's allow-env input`
        }
      });
  })
).superRefine((map, ctx) => {
  for (const name of Object.keys(map)) {
    const message = !/^[A-Za-z_]\w*$/.test(name) ? "not a variable name: use letters, digits and _" : isRunnerOnlyVariable(name) ? "the runner's own variables (GITHUB_ENV, ACTIONS_*, INPUT_*, …) cannot be set" : void 0;
    if (message) ctx.addIssue({ code: "custom", path: [name], message });
  }
}).default({}).describe(
  `Variables for the command, on top of the step's environment without its runner files, tokens, action inputs and secrets; \${NAME} passes the step's NAME (e.g. a secret the command needs)`
);
function userCommandEnv(parent, passed = {}, own = {}) {
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== void 0 && !isRunnerOnlyVariable(name) && !isSecretVariable(name, value)) {
      env[name] = value;
    }
  }
  for (const [name, template] of Object.entries(passed)) {
    if (isRunnerOnlyVariable(name)) continue;
    env[name] = template.replace(REFERENCE, (_, ref) => {
      if (isRunnerOnlyVariable(ref)) return "";
      const value = parent[ref] ?? "";
      if (isSecretVariable(ref, value)) registerSecret(value);
      return value;
    });
  }
  return { ...env, ...own };
}

export {
  isRunnerOnlyVariable,
  allowEnvReferences,
  UserCommandEnvSchema,
  userCommandEnv
};
