import { ConfigError } from "@mlops/core";
import { ALIAS_NAME, MODEL_NAME } from "./registry-schema.ts";

/** `<model>@<alias>` (e.g. churn@champion), `<model>@<version>` (churn@1.2.0, or churn@v1.2.0 as GTO tags it). */
export type ModelRef =
  | { model: string; alias: string; version?: undefined }
  | { model: string; version: string; alias?: undefined };

export function parseModelRef(text: string, where = "model reference"): ModelRef {
  const at = text.lastIndexOf("@");
  const model = at < 0 ? text : text.slice(0, at);
  const target = at < 0 ? "" : text.slice(at + 1);
  if (!MODEL_NAME.test(model) || target === "") {
    throw new ConfigError(`invalid model reference "${text}"`, {
      location: { file: where },
      hint: "write <model>@<alias> or <model>@<version>, e.g. churn@champion or churn@1.2.0",
    });
  }
  if (/^v?\d/.test(target)) return { model, version: target.replace(/^v/, "") };
  if (!ALIAS_NAME.test(target)) {
    throw new ConfigError(`invalid alias "${target}" in "${text}"`, {
      location: { file: where },
      hint: "aliases are lowercase letters, digits, - and _ (e.g. champion, staging)",
    });
  }
  return { model, alias: target };
}

export function formatModelRef(ref: ModelRef): string {
  return `${ref.model}@${ref.alias ?? ref.version}`;
}
