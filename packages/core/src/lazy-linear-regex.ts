/**
 * The linear-time regex engine is a quarter of a megabyte of code: callers that compile patterns only
 * when a config asks for one (LLM assertions) load it then, instead of with every run.
 */
export const loadLinearRegex = () => import("./linear-regex.ts");
