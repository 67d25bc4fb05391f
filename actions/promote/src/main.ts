import { getInput, setOutput } from "@actions/core";
import { promote, runAction } from "@mlops/commands";

await runAction(promote, { getInput, setOutput });
