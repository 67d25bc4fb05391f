import { getInput, setOutput } from "@actions/core";
import { evaluateLlm, runAction } from "@mlops/commands";

await runAction(evaluateLlm, { getInput, setOutput });
