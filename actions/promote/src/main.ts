import * as core from "@actions/core";
import { promote, runAction } from "@mlops/commands";

await runAction(promote, core);
