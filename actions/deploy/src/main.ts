import { getInput, setOutput } from "@actions/core";
import { deploy, runAction } from "@mlops/commands";

await runAction(deploy, { getInput, setOutput });
