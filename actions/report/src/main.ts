import { getInput, setOutput } from "@actions/core";
import { report, runAction } from "@mlops/commands";

await runAction(report, { getInput, setOutput });
