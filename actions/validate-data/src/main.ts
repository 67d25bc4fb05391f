import { getInput, setOutput } from "@actions/core";
import { validateData, runAction } from "@mlops/commands";

await runAction(validateData, { getInput, setOutput });
