/** The report's only stylesheet, inlined: the file must open offline and under a CSP that allows nothing else. */
export const HTML_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --subtle: #f6f8fa; --accent: #0969da;
  --pass: #1a7f37; --warn: #9a6700; --fail: #d1242f; --error: #8250df; --neutral: #59636e;
  --s0: #2563eb; --s1: #d97706; --s2: #16a34a; --s3: #dc2626; --s4: #9333ea; --s5: #0891b2; --s6: #a16207; --s7: #db2777;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --subtle: #151b23; --accent: #4493f8;
    --pass: #3fb950; --warn: #d29922; --fail: #f85149; --error: #ab7df8; --neutral: #9198a1;
    --s0: #60a5fa; --s1: #fbbf24; --s2: #4ade80; --s3: #f87171; --s4: #c084fc; --s5: #22d3ee; --s6: #facc15; --s7: #f472b6;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 1.5rem; margin: 0 0 16px; }
h2 { font-size: 1.25rem; margin: 0 0 4px; }
h3 { font-size: 1rem; margin: 20px 0 8px; }
a { color: var(--accent); }
.verdict { border-left: 6px solid var(--neutral); padding: 8px 16px; background: var(--subtle); border-radius: 6px; margin-bottom: 16px; }
.verdict.pass { border-color: var(--pass); } .verdict.warn { border-color: var(--warn); }
.verdict.fail { border-color: var(--fail); } .verdict.error { border-color: var(--error); }
.verdict h1 { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--border); padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--subtle); font-weight: 600; overflow-wrap: normal; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { white-space: nowrap; font-weight: 600; }
.badge.pass { color: var(--pass); } .badge.warn { color: var(--warn); } .badge.fail { color: var(--fail); } .badge.error { color: var(--error); }
section.evaluation { border: 1px solid var(--border); border-radius: 8px; padding: 16px; margin: 24px 0; }
section.evaluation.status-pass { border-top: 4px solid var(--pass); } section.evaluation.status-warn { border-top: 4px solid var(--warn); }
section.evaluation.status-fail { border-top: 4px solid var(--fail); } section.evaluation.status-error { border-top: 4px solid var(--error); }
.meta { color: var(--muted); font-size: 12px; margin: 0 0 8px; }
.meta span + span::before { content: " · "; }
.error-box { border-left: 4px solid var(--error); background: var(--subtle); padding: 8px 12px; margin: 8px 0; }
.error-box p { margin: 4px 0; }
.note, .more { color: var(--muted); font-size: 12px; margin: 4px 0; }
.delta.better { color: var(--pass); } .delta.worse { color: var(--fail); } .delta.unclear, .delta.neutral { color: var(--muted); }
details { margin: 8px 0; }
summary { cursor: pointer; font-weight: 600; }
pre { background: var(--subtle); border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; }
figure { margin: 12px 0; }
figcaption { font-weight: 600; margin-bottom: 4px; }
figcaption .note { font-weight: 400; }
footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--border); padding-top: 8px; margin-top: 24px; }
footer span + span::before { content: " · "; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg.chart text { fill: var(--muted); font-size: 11px; }
svg.chart .label, svg.chart .value, svg.chart .legend { fill: var(--fg); }
svg.chart .grid { stroke: var(--border); stroke-width: 1; }
svg.chart .axis, svg.chart .zero { stroke: var(--muted); stroke-width: 1; }
svg.chart .zero { stroke-dasharray: 3 3; }
svg.chart .bar { fill: var(--s0); }
svg.chart .bar.over { fill: var(--fail); }
svg.chart .threshold { stroke: var(--fail); stroke-width: 1.5; stroke-dasharray: 5 3; }
svg.chart .threshold-label { fill: var(--fail); }
svg.chart .line { fill: none; stroke-width: 2; }
svg.chart .ci { stroke-width: 3; stroke-linecap: round; }
svg.chart .point.better, svg.chart .dot.better { fill: var(--pass); } svg.chart .ci.better { stroke: var(--pass); }
svg.chart .point.worse { fill: var(--fail); } svg.chart .ci.worse { stroke: var(--fail); }
svg.chart .point.unclear, svg.chart .point.neutral { fill: var(--neutral); } svg.chart .ci.unclear, svg.chart .ci.neutral { stroke: var(--neutral); }
${Array.from(
  { length: 8 },
  (_, i) => `svg.chart .line.s${i} { stroke: var(--s${i}); } svg.chart .dot.s${i} { fill: var(--s${i}); }`,
).join("\n")}
svg.chart .line.s1 { stroke-dasharray: 6 3; } svg.chart .line.s3 { stroke-dasharray: 2 3; } svg.chart .line.s5 { stroke-dasharray: 8 3 2 3; }
figure.distribution { display: inline-block; width: calc(50% - 12px); margin-right: 8px; vertical-align: top; }
figure.xy-chart { display: inline-block; margin-right: 16px; vertical-align: top; }
@media (max-width: 640px) { figure.distribution { display: block; width: 100%; } }
svg.chart .bar.reference { fill: var(--neutral); fill-opacity: 0.45; }
svg.chart .bar.current { fill: var(--s0); fill-opacity: 0.6; }
svg.chart .drifted { fill: var(--fail); font-weight: 600; }
svg.chart .cell.hit { fill: var(--pass); } svg.chart .cell.miss { fill: var(--fail); }
svg.chart .cell { stroke: var(--bg); stroke-width: 1; }
svg.chart text.on-dark { fill: #ffffff; }
pre.diff { white-space: pre-wrap; padding: 8px 0; }
pre.diff span { display: block; padding: 0 12px; }
pre.diff .removed { background: color-mix(in srgb, var(--fail) 15%, transparent); }
pre.diff .added { background: color-mix(in srgb, var(--pass) 15%, transparent); }
.cases > input { position: absolute; opacity: 0; pointer-events: none; }
.cases > label { display: inline-block; border: 1px solid var(--border); border-radius: 6px; padding: 2px 10px; margin: 0 4px 8px; cursor: pointer; }
.cases > input:checked + label { background: var(--accent); border-color: var(--accent); color: var(--bg); }
.cases > input:focus-visible + label { outline: 2px solid var(--accent); outline-offset: 2px; }
.show-attention:checked ~ .case-list .case.passing, .show-attention:checked ~ .case-list .case.fixed,
.show-regressed:checked ~ .case-list .case:not(.regressed) { display: none; }
.case { border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.case h4 { margin: 0 0 6px; font-size: 13px; overflow-wrap: anywhere; }
.change { font-size: 12px; font-weight: 600; border-radius: 10px; padding: 0 8px; }
.change.regressed, .change.failing { color: var(--fail); border: 1px solid var(--fail); }
.change.fixed, .change.passing { color: var(--pass); border: 1px solid var(--pass); }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
@media (max-width: 640px) { .sides { grid-template-columns: 1fr; } }
.side { min-width: 0; }
.side pre { margin: 4px 0; max-height: 240px; overflow: auto; }
.side-label { margin: 0; font-size: 12px; color: var(--muted); }
.side.fail strong, .side.error strong { color: var(--fail); } .side.pass strong { color: var(--pass); }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 8px; }
.swatch.better { background: var(--pass); } .swatch.worse { background: var(--fail); } .swatch.unclear { background: var(--neutral); }
`;
