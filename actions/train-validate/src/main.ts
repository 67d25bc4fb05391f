import { getInput, setOutput } from "@actions/core";
import { trainValidate, runAction } from "@mlops/commands";

await runAction(trainValidate, { getInput, setOutput });
