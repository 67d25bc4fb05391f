import * as core from "@actions/core";
import { report, runAction } from "@mlops/commands";

await runAction(report, core);
