/**
 * The standalone HTML report. `{{…}}` escapes HTML; `{{{…}}}` is only used for the stylesheet and for
 * SVG charts and HTML views the renderer built from escaped parts. No scripts, no external requests.
 */

const checkHeader =
  "<thead><tr><th>Status</th><th>Check</th><th>Severity</th><th>Observed</th><th>Expected</th><th>Message</th></tr></thead>";

const checkRow = `<tr class="check {{status}}"><td class="badge">{{icon}} {{word}}</td><td>{{title}}{{#if location}}<br><small>{{location}}</small>{{/if}}</td><td>{{severity}}</td><td>{{observed}}</td><td>{{expected}}</td><td>{{message}}</td></tr>`;

const table = (rows: string) => `<table>
<thead><tr>{{#each columns}}<th>{{this}}</th>{{/each}}</tr></thead>
<tbody>
{{#each ${rows}}}
<tr>{{#each this}}<td>{{this}}</td>{{/each}}</tr>
{{/each}}
</tbody>
</table>`;

export const HTML_REPORT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{title}}: {{verdict.text}}</title>
<style>{{{style}}}</style>
</head>
<body>
<main>
<header class="verdict {{verdictClass}}">
<h1><span aria-hidden="true">{{verdict.icon}}</span> {{title}}: {{verdict.text}}</h1>
</header>
{{#if empty}}
<p>No result envelopes were given to the report. Check that the evaluation steps ran and wrote their results (by default to <code>.mlops/results/</code>).</p>
{{else}}
<table class="verdict-table">
<thead><tr><th>Status</th><th>Evaluation</th><th>Subject</th><th class="num">Failed</th><th class="num">Warnings</th><th class="num">Insufficient data</th><th>Summary</th></tr></thead>
<tbody>
{{#each rows}}
<tr><td class="badge {{word}}">{{icon}} {{word}}</td><td><a href="#{{anchor}}">{{title}}</a></td><td>{{subject}}{{#if digest}}<br><small>{{digest}}</small>{{/if}}</td><td class="num">{{failed}}</td><td class="num">{{warnings}}</td><td class="num">{{inconclusive}}</td><td>{{summary}}</td></tr>
{{/each}}
</tbody>
</table>
{{/if}}
{{#each sections}}
<section id="{{anchor}}" class="evaluation status-{{status}}">
<h2><span aria-hidden="true">{{icon}}</span> {{title}} <span class="badge {{status}}">{{word}}</span></h2>
<p class="meta">{{#each meta}}<span>{{this}}</span>{{/each}}</p>
{{#if summary}}
<p>{{summary}}</p>
{{/if}}
{{#if error}}
<div class="error-box"><p><strong>Error:</strong> {{error.message}}</p>{{#if error.hint}}<p><strong>What to do:</strong> {{error.hint}}</p>{{/if}}</div>
{{/if}}
{{#if metrics.length}}
<h3>Metrics</h3>
<table>
<thead><tr><th>Metric</th><th class="num">Value</th><th class="num">Baseline</th><th class="num">Δ vs baseline</th><th class="num">n</th></tr></thead>
<tbody>
{{#each metrics}}
<tr><td>{{name}}</td><td class="num">{{value}}</td><td class="num">{{baseline}}{{#if baselineLabel}}<br><small>{{baselineLabel}}</small>{{/if}}</td><td class="num delta {{direction}}">{{delta}} {{deltaLabel}}</td><td class="num">{{n}}</td></tr>
{{/each}}
</tbody>
</table>
{{#if metricsMore}}<p class="more">… {{metricsMore}} more metrics</p>{{/if}}
{{#each metricNotes}}<p class="note">{{this}}</p>{{/each}}
{{/if}}
{{#if forestPlot}}
<figure>
<figcaption>Change against the baseline <span class="note">(what the gates judged first; one scale per unit, centred on no change; lines are confidence intervals)<span class="swatch better"></span>better<span class="swatch worse"></span>worse<span class="swatch unclear"></span>noise (interval includes 0) or no preferred direction</span></figcaption>
{{{forestPlot}}}
</figure>
{{/if}}
<h3>Checks: {{checkSummary}}</h3>
{{#if attention.length}}
<table>${checkHeader}<tbody>
{{#each attention}}
${checkRow}
{{/each}}
</tbody></table>
{{#if attentionMore}}<p class="more">… {{attentionMore}} more checks that need attention</p>{{/if}}
{{/if}}
{{#if passingCount}}
<details><summary>✅ {{passingSummary}}</summary>
<table>${checkHeader}<tbody>
{{#each passing}}
${checkRow}
{{/each}}
</tbody></table>
{{#if passingMore}}<p class="more">… {{passingMore}} more</p>{{/if}}
</details>
{{/if}}
{{#each examples}}
<details><summary>{{icon}} Failing examples: {{check}} ({{#if more}}{{shown}} of {{total}}{{else}}{{total}}{{/if}})</summary>
${table("rows")}
{{#if more}}<p class="more">… {{more}} more examples</p>{{/if}}
</details>
{{/each}}
{{#each details}}
{{#if text}}
<details><summary>{{title}}</summary>
<pre>{{text}}</pre>
</details>
{{else}}
<figure class="{{kind}}">
<figcaption>{{title}}</figcaption>
{{#if table}}
{{#with table}}
${table("rows")}
{{#if more}}<p class="more">… {{more}} more rows</p>{{/if}}
{{/with}}
{{else if drawing}}
{{{drawing}}}
{{else}}
<p class="note">No data to show.</p>
{{/if}}
</figure>
{{/if}}
{{/each}}
{{#if hasProvenance}}
<details><summary>Lineage and artifacts</summary>
{{#if lineage.length}}
<table><thead><tr><th>Lineage</th><th>Value</th></tr></thead><tbody>
{{#each lineage}}
<tr><td>{{label}}</td><td>{{#if url}}<a href="{{url}}">{{value}}</a>{{else}}{{value}}{{/if}}</td></tr>
{{/each}}
</tbody></table>
{{#if lineageMore}}<p class="more">… {{lineageMore}} more</p>{{/if}}
{{/if}}
{{#if artifacts.length}}
<table><thead><tr><th>Artifact</th><th>Path</th><th>Digest</th><th class="num">Size</th></tr></thead><tbody>
{{#each artifacts}}
<tr><td>{{name}}</td><td>{{path}}</td><td>{{digest}}</td><td class="num">{{size}}</td></tr>
{{/each}}
</tbody></table>
{{#if artifactsMore}}<p class="more">… {{artifactsMore}} more</p>{{/if}}
{{/if}}
</details>
{{/if}}
</section>
{{/each}}
<footer>
{{#if footer.generatedAt}}<span>Generated {{footer.generatedAt}}</span>{{/if}}
{{#if footer.commit}}<span>commit {{footer.commit}}</span>{{/if}}
{{#if footer.run}}<span>{{#with footer.run}}{{#if url}}<a href="{{url}}">{{text}}</a>{{else}}{{text}}: {{raw}}{{/if}}{{/with}}</span>{{/if}}
{{#if footer.report}}<span>{{#with footer.report}}{{#if url}}<a href="{{url}}">{{text}}</a>{{else}}{{text}}: {{raw}}{{/if}}{{/with}}</span>{{/if}}
</footer>
</main>
</body>
</html>
`;
