import { getInput, setOutput } from "@actions/core";
import { evaluateBias, runAction } from "@mlops/commands";

await runAction(evaluateBias, { getInput, setOutput });
