import * as core from "@actions/core";
import { deploy, runAction } from "@mlops/commands";

await runAction(deploy, core);
