import { enableCompileCache } from "node:module";

// Every run would compile the command's bundled code again; Node's compile cache (in the system's
// temporary folder) keeps it compiled between runs. Enabled before that code is imported, so that it
// covers all of it.
enableCompileCache();
await import("./run-cli.ts");
