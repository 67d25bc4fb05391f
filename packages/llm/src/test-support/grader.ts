/** Custom graders for assertions/custom.test.ts: the module shape users write. */
export default function wordScore(output: string): number {
  return output.split(/\s+/).length / 5;
}

export function mentionsName(output: string, context: { vars: Record<string, unknown> }) {
  const name = String(context.vars.name);
  return { pass: output.includes(name), reason: output.includes(name) ? `mentions ${name}` : `no ${name}` };
}
