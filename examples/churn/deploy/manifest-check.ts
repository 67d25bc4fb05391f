import { parseAllDocuments } from "yaml";

/**
 * What `kubectl apply` would refuse in a rendered manifest, found before anything is applied: YAML
 * that does not parse, a document without apiVersion, kind or a valid metadata.name, and template
 * braces left behind (a formatter that rewrites `{{ name }}` as `{ { name } }` turns every variable
 * into a YAML map that renders as-is). Each problem names its line.
 */
export function manifestProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (/\{\s*\{|\}\s*\}/.test(line.replace(/(^|\s)#.*$/, ""))) {
      problems.push(`line ${i + 1}: template braces left in "${line.trim()}"`);
    }
  });
  const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
  for (const doc of parseAllDocuments(text, { logLevel: "error" })) {
    for (const error of doc.errors)
      problems.push(`line ${lineOf(error.pos[0])}: ${error.message.split("\n")[0]}`);
    if (doc.errors.length > 0 || doc.contents === null) continue;
    const at = `document at line ${lineOf(doc.contents.range[0])}`;
    const value: unknown = doc.toJS();
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      problems.push(`${at}: a manifest is a mapping with apiVersion, kind and metadata`);
      continue;
    }
    const manifest = value as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } };
    if (typeof manifest.apiVersion !== "string") problems.push(`${at}: apiVersion missing`);
    if (typeof manifest.kind !== "string") problems.push(`${at}: kind missing`);
    const name = manifest.metadata?.name;
    if (typeof name !== "string" || !/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(name)) {
      problems.push(
        `${at}: metadata.name ${JSON.stringify(name) ?? "missing"} is not a Kubernetes name (lower-case letters, digits, - and .)`,
      );
    }
  }
  return problems;
}
