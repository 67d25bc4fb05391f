import { getInput, setOutput } from "@actions/core";
import { evaluateRobustness, runAction } from "@mlops/commands";

await runAction(evaluateRobustness, { getInput, setOutput });
