export * from "./config-loader.ts";
export * from "./envelope.ts";
export * from "./envelope-io.ts";
export * from "./errors.ts";
export * from "./gates.ts";
export * from "./logger.ts";
export * from "./progress.ts";
export * from "./secrets.ts";
