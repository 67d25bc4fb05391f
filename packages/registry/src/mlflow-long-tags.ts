import { ConfigError, type SourceLocation, sha256Hex } from "@mlops/core";

/** MLflow's database store refuses longer tag values (`MAX_MODEL_REGISTRY_TAG_VALUE_LENGTH`). */
export const TAG_VALUE_LIMIT = 5000;

const POINTER = /^parts:(\d+) sha256:([0-9a-f]{64})$/;

/**
 * Tags holding `text` under `key`: the text itself when it fits one tag (as versions registered before
 * values were split hold it), else `key.1` … `key.N` with `key` naming their number and the whole
 * text's digest, so a part lost or edited is caught. The limit counts characters (code points), as
 * Python's `len` does; parts never split one.
 */
export function longTagValue(key: string, text: string): Record<string, string> {
  const chars = Array.from(text);
  if (chars.length <= TAG_VALUE_LIMIT) return { [key]: text };
  const tags: Record<string, string> = {};
  let parts = 0;
  for (let at = 0; at < chars.length; at += TAG_VALUE_LIMIT) {
    parts += 1;
    tags[`${key}.${parts}`] = chars.slice(at, at + TAG_VALUE_LIMIT).join("");
  }
  tags[key] = `parts:${parts} sha256:${sha256Hex(text)}`;
  return tags;
}

/** The text `longTagValue` stored under `key`, or undefined when the tag is absent. */
export function readLongTagValue(
  tags: Record<string, string>,
  key: string,
  location: SourceLocation,
): string | undefined {
  const head = tags[key];
  const pointer = head === undefined ? null : POINTER.exec(head);
  if (!pointer) return head;
  const parts = Array.from({ length: Number(pointer[1]) }, (_, i) => tags[`${key}.${i + 1}`] ?? "");
  const text = parts.join("");
  if (sha256Hex(text) !== pointer[2]) {
    throw new ConfigError(`tags ${key}.1 … ${key}.${pointer[1]} do not match the digest in tag ${key}`, {
      location,
      hint: "a part was removed or edited after registration; restore it or register the artifact again",
    });
  }
  return text;
}
