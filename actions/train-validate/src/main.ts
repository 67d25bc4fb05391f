import { getInput, setOutput } from "@actions/core";
import { runAction, trainValidate } from "@mlops/commands";

await runAction(trainValidate, { getInput, setOutput });
