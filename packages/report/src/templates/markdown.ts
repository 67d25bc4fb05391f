import { SECTION_SEPARATOR } from "@mlops/core";

const checkColumns = (flags: string) =>
  `| Status | Check | Severity |{{#if ${flags}.observed}} Observed |{{/if}}{{#if ${flags}.expected}} Expected |{{/if}}{{#if ${flags}.message}} Message |{{/if}}
| --- | --- | --- |{{#if ${flags}.observed}} --- |{{/if}}{{#if ${flags}.expected}} --- |{{/if}}{{#if ${flags}.message}} --- |{{/if}}`;

const checkRow = (flags: string) =>
  `| {{label}} | {{title}}{{#if location}}<br><sub>{{location}}</sub>{{/if}} | {{severity}} |{{#if ../${flags}.observed}} {{observed}} |{{/if}}{{#if ../${flags}.expected}} {{expected}} |{{/if}}{{#if ../${flags}.message}} {{message}} |{{/if}}`;

const table = (path: string) => `|{{#each ${path}.columns}} {{this}} |{{/each}}
|{{#each ${path}.columns}} --- |{{/each}}
{{#each ${path}.rows}}
|{{#each this}} {{this}} |{{/each}}
{{/each}}
{{#if ${path}.more}}

… {{${path}.more}} more rows
{{/if}}`;

/**
 * The Markdown report (PR comment and job summary). The first screen holds the decision: the verdict,
 * what blocks it (and what warns), and the changes the gates judged; every evaluation follows folded in
 * a `<details>` whose summary gives its status and headline. `{{…}}` escapes for Markdown; `{{{…}}}` is
 * only used for fragments the renderer built from escaped parts (preformatted text, links, the footer).
 * Each evaluation starts at the separator line, outside any `<details>`, so that a too-long comment can
 * be cut between evaluations.
 */
export const MARKDOWN_REPORT = `## {{verdict.icon}} {{title}}: {{verdict.text}}

{{#if empty}}
No result envelopes were given to the report. Check that the evaluation steps ran and wrote their results (by default to \`.mlops/results/\`).
{{else}}
{{#if attention.length}}
| Status | Evaluation | Check |{{#if attentionColumns.observed}} Observed |{{/if}}{{#if attentionColumns.expected}} Expected |{{/if}}
| --- | --- | --- |{{#if attentionColumns.observed}} --- |{{/if}}{{#if attentionColumns.expected}} --- |{{/if}}
{{#each attention}}
| {{label}} | {{evaluation}} | {{check}} |{{#if ../attentionColumns.observed}} {{observed}} |{{/if}}{{#if ../attentionColumns.expected}} {{expected}} |{{/if}}
{{/each}}
{{#if attentionMore}}

… {{attentionMore}} more that need attention, in the evaluations below
{{/if}}
{{/if}}
{{#if decisivePlot}}

**Changes the gates judged**, most important first <sub>(● change with its interval · ○ noise: the interval includes 0)</sub>

{{{decisivePlot}}}
{{/if}}
{{/if}}
{{#each sections}}

${SECTION_SEPARATOR}

<details><summary>{{icon}} {{word}} · {{title}}{{#if headline}} — {{headline}}{{/if}}</summary>

<sub>{{#each meta}}{{#unless @first}} · {{/unless}}{{this}}{{/each}}</sub>
{{#if error}}

> [!CAUTION]
> **Error:** {{error.message}}
{{#if error.hint}}
>
> **What to do:** {{error.hint}}
{{/if}}
{{/if}}
{{#if metrics.length}}

**Metrics**

| Metric | Value |{{#if metricColumns.baseline}} Baseline |{{/if}}{{#if metricColumns.delta}} Δ vs baseline |{{/if}}{{#if metricColumns.n}} n |{{/if}}
| --- | ---: |{{#if metricColumns.baseline}} ---: |{{/if}}{{#if metricColumns.delta}} ---: |{{/if}}{{#if metricColumns.n}} ---: |{{/if}}
{{#each metrics}}
| {{name}} | {{value}} |{{#if ../metricColumns.baseline}} {{baseline}}{{#if baselineLabel}}<br><sub>{{baselineLabel}}</sub>{{/if}} |{{/if}}{{#if ../metricColumns.delta}} {{delta}}{{#if deltaLabel}} {{deltaLabel}}{{/if}} |{{/if}}{{#if ../metricColumns.n}} {{n}} |{{/if}}
{{/each}}
{{#if metricsMore}}

… {{metricsMore}} more metrics
{{/if}}
{{#if metricNotes.length}}

<sub>{{#each metricNotes}}{{#unless @first}} · {{/unless}}{{this}}{{/each}}</sub>
{{/if}}
{{/if}}

**Checks:** {{checkSummary}}
{{#if attention.length}}

${checkColumns("attentionColumns")}
{{#each attention}}
${checkRow("attentionColumns")}
{{/each}}
{{#if attentionMore}}

… {{attentionMore}} more checks that need attention
{{/if}}
{{/if}}
{{#if passingCount}}

<details><summary>✅ {{passingSummary}}</summary>

${checkColumns("passingColumns")}
{{#each passing}}
${checkRow("passingColumns")}
{{/each}}
{{#if passingMore}}

… {{passingMore}} more
{{/if}}

</details>
{{/if}}
{{#each examples}}

<details><summary>{{icon}} {{word}} · failing examples: {{check}} ({{#if more}}{{shown}} of {{total}}{{else}}{{total}}{{/if}})</summary>

|{{#each columns}} {{this}} |{{/each}}
|{{#each columns}} --- |{{/each}}
{{#each rows}}
|{{#each this}} {{this}} |{{/each}}
{{/each}}
{{#if more}}

… {{more}} more examples
{{/if}}

</details>
{{/each}}
{{#each details}}
{{#if text}}

<details><summary>{{title}}</summary>

{{{text}}}

</details>
{{else if chart}}

<details><summary>{{title}} (drawn in the full report)</summary>

${table("chart")}
{{#if chart.notes.length}}

<sub>{{#each chart.notes}}{{#unless @first}} · {{/unless}}{{this}}{{/each}}</sub>
{{/if}}

</details>
{{else}}

**{{title}}**

{{#if table}}
${table("table")}
{{else}}
No data to show.
{{/if}}
{{/if}}
{{/each}}
{{#if hasProvenance}}

<details><summary>Lineage and artifacts</summary>
{{#if lineage.length}}

| Lineage | Value |
| --- | --- |
{{#each lineage}}
| {{label}} | {{#if url}}[{{value}}]({{{url}}}){{else}}{{value}}{{/if}} |
{{/each}}
{{#if lineageMore}}

… {{lineageMore}} more
{{/if}}
{{/if}}
{{#if artifacts.length}}

| Artifact | Path | Digest | Size |
| --- | --- | --- | ---: |
{{#each artifacts}}
| {{name}} | {{path}} | {{digest}} | {{size}} |
{{/each}}
{{#if artifactsMore}}

… {{artifactsMore}} more
{{/if}}
{{/if}}

</details>
{{/if}}

</details>
{{/each}}
{{#if footer}}

${SECTION_SEPARATOR}

<sub>{{{footer}}}</sub>
{{/if}}
`;
