import * as core from "@actions/core";
import { runAction, trainValidate } from "@mlops/commands";

await runAction(trainValidate, core);
