import type { AnyCommandSpec, InputSpecs } from "./spec.ts";

/**
 * `action.yml` for a command, generated from its spec. It lives in a root folder of its own
 * (`<name>/action.yml`), so `uses: org/mlops/<name>@v1` resolves, and runs the bundle in
 * `actions/<name>/dist/`.
 */
export function actionYml(spec: AnyCommandSpec): string {
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    `# Generated from packages/commands/src/specs/${spec.name}.ts by \`npm run build\`: edit the spec, not this file.`,
    `name: ${q(`mlops ${spec.name}`)}`,
    `description: ${q(spec.description)}`,
    `author: "mlops"`,
  ];
  if (spec.branding)
    lines.push("branding:", `  icon: ${q(spec.branding.icon)}`, `  color: ${q(spec.branding.color)}`);
  lines.push("inputs:");
  for (const [key, input] of Object.entries(spec.inputs as InputSpecs)) {
    if (input.only === "cli") continue;
    lines.push(
      `  ${key}:`,
      `    description: ${q(input.description)}`,
      `    required: ${input.required === true}`,
    );
    if (input.actionDefault !== undefined) lines.push(`    default: ${input.actionDefault}`);
    else if (input.default !== undefined) lines.push(`    default: ${q(input.default)}`);
  }
  lines.push("outputs:");
  for (const [key, output] of Object.entries(spec.outputs)) {
    lines.push(`  ${key}:`, `    description: ${q(output.description)}`);
  }
  lines.push("runs:", `  using: "node24"`, `  main: "../actions/${spec.name}/dist/index.js"`);
  return `${lines.join("\n")}\n`;
}

/** Every action's generated file: repository path → contents. */
export function actionYmlFiles(specs: readonly AnyCommandSpec[]): Map<string, string> {
  return new Map(specs.filter((s) => s.action).map((s) => [`${s.name}/action.yml`, actionYml(s)]));
}
