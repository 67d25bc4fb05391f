import { getInput, setOutput } from "@actions/core";
import { register, runAction } from "@mlops/commands";

await runAction(register, { getInput, setOutput });
