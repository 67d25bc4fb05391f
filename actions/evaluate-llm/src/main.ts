import * as core from "@actions/core";
import { evaluateLlm, runAction } from "@mlops/commands";

await runAction(evaluateLlm, core);
