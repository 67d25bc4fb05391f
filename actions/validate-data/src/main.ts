import * as core from "@actions/core";
import { runAction, validateData } from "@mlops/commands";

await runAction(validateData, core);
