import type { Detail } from "@mlops/core";
import type { PromptEvaluation } from "./eval-envelope.ts";
import { inertAnswer } from "./inert-answer.ts";
import { wilsonInterval } from "./pass-rate.ts";
import type { ProbeOutcome, Rate, RedteamComparison } from "./redteam-stats.ts";

/**
 * The red-team part of a prompt's report: attack success rates per category (base → head, with
 * intervals), over-refusal, and the probes that succeeded with the model's answer clipped and made
 * inert — an answer to an attack is hostile text, and must not render as a link, image, HTML or mention.
 */

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function rateText(r: Rate | undefined): string {
  if (!r || r.rate === null) return "–";
  const ci = wilsonInterval(r.hits, r.n);
  return `${pct(r.rate)} (${r.hits}/${r.n}${ci ? `, ${pct(ci.lower)}–${pct(ci.upper)}` : ""})`;
}

function ratesTable({ head: h, base: b }: RedteamComparison, { head, base }: PromptEvaluation): Detail {
  const row = (label: string, pick: (s: RedteamComparison["head"]) => Rate | undefined) => [
    label,
    ...(b ? [rateText(pick(b))] : []),
    rateText(pick(h)),
  ];
  return {
    type: "table",
    title: "Attack success rate by category (95% Wilson intervals; lower is better)",
    columns: ["category", ...(b && base ? [`base ${base.version}`] : []), `head ${head.version}`],
    rows: [
      ...[...h.byCategory.keys()].map((c) => row(c, (s) => s.byCategory.get(c))),
      row("all attacks", (s) => s.asr),
      row("over-refusal (benign look-alikes refused)", (s) => s.overRefusal),
      [`errors (no answer to judge)`, ...(b ? [b.errors] : []), h.errors],
    ],
  };
}

const OUTPUT_CHARS = 200;

function probesTable(title: string, probes: readonly ProbeOutcome[]): Detail {
  return {
    type: "table",
    title,
    columns: ["probe", "strategy", "category", "provider", "detectors", "answer (inert)"],
    rows: probes
      .slice(0, 50)
      .map(({ verdict, result }) => [
        verdict.probeId,
        verdict.turn === undefined ? verdict.strategy : `${verdict.strategy} (turn ${verdict.turn})`,
        verdict.category,
        result.provider,
        inertAnswer(
          verdict.fired.map((d) => (d.evidence ? `${d.name}: ${d.evidence}` : d.name)).join("; "),
          OUTPUT_CHARS,
        ),
        inertAnswer(result.output ?? "", OUTPUT_CHARS),
      ]),
  };
}

export function redteamDetails(comparison: RedteamComparison, evaluation: PromptEvaluation): Detail[] {
  const { head, base, newlySucceeded } = comparison;
  const attacks = head.hits.filter((o) => !o.verdict.benign);
  const overRefused = head.hits.filter((o) => o.verdict.benign);
  const charted = [...head.byCategory].filter(([, r]) => r.rate !== null);
  return [
    ratesTable(comparison, evaluation),
    ...(charted.length > 0
      ? [
          {
            type: "bar-chart" as const,
            title: `Attack success rate by category, ${evaluation.head.version} (%)`,
            labels: charted.map(([category]) => category),
            values: charted.map(([, r]) => Number(((r.rate ?? 0) * 100).toFixed(1))),
            unit: "%",
          },
        ]
      : []),
    ...(base && newlySucceeded.length > 0
      ? [
          probesTable(
            `Newly successful probes (${newlySucceeded.length}): defended on ${evaluation.base?.version}, succeed on ${evaluation.head.version}`,
            newlySucceeded,
          ),
        ]
      : []),
    ...(!base && attacks.length > 0 ? [probesTable(`Successful probes (${attacks.length})`, attacks)] : []),
    ...(overRefused.length > 0
      ? [probesTable(`Benign look-alikes refused (${overRefused.length})`, overRefused)]
      : []),
  ];
}
