import { getInput, setOutput } from "@actions/core";
import { runAction, validateData } from "@mlops/commands";

await runAction(validateData, { getInput, setOutput });
