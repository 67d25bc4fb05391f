#!/usr/bin/env node
// Kept to syntax every Node.js parses, so an old Node gets this one line instead of a SyntaxError.
var found = process.versions.node;
if (Number(found.split(".")[0]) < 22) {
  process.stderr.write("mlops needs Node.js \u2265 22 (found " + found + ")\n");
  process.exit(1);
}
import("../packages/cli/dist/mlops.js");
