import type { AnyCommandSpec } from "../spec.ts";
import { auditVerify } from "./audit-verify.ts";
import { deploy } from "./deploy.ts";
import { evaluateBias } from "./evaluate-bias.ts";
import { evaluateLlm } from "./evaluate-llm.ts";
import { evaluateRobustness } from "./evaluate-robustness.ts";
import { inferContract } from "./infer-contract.ts";
import { merge } from "./merge.ts";
import { promote } from "./promote.ts";
import { register } from "./register.ts";
import { report } from "./report.ts";
import { trainValidate } from "./train-validate.ts";
import { validateData } from "./validate-data.ts";

export {
  auditVerify,
  deploy,
  evaluateBias,
  evaluateLlm,
  evaluateRobustness,
  inferContract,
  merge,
  promote,
  register,
  report,
  trainValidate,
  validateData,
};

/** Every command, in the order the CLI's help lists them. */
export const COMMANDS: readonly AnyCommandSpec[] = [
  validateData,
  inferContract,
  trainValidate,
  evaluateBias,
  evaluateRobustness,
  evaluateLlm,
  merge,
  report,
  register,
  promote,
  deploy,
  auditVerify,
];
