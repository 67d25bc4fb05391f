import { SECTION_SEPARATOR } from "@mlops/core";

const checkRow =
  "| {{icon}} {{word}} | {{title}}{{#if location}}<br><sub>{{location}}</sub>{{/if}} | {{severity}} | {{observed}} | {{expected}} | {{message}} |";

const checkHeader = `| Status | Check | Severity | Observed | Expected | Message |
| --- | --- | --- | --- | --- | --- |`;

/**
 * The Markdown report (PR comment and job summary). `{{…}}` escapes for Markdown; `{{{…}}}` is only used
 * for fragments the renderer built from escaped parts (Mermaid blocks, preformatted text, links, the footer).
 * Sections start at the separator line so that a too-long comment can be cut between them.
 */
export const MARKDOWN_REPORT = `## {{verdict.icon}} {{title}}: {{verdict.text}}

{{#if empty}}
No result envelopes were given to the report. Check that the evaluation steps ran and wrote their results (by default to \`.mlops/results/\`).
{{else}}
| Status | Evaluation | Subject | Failed | Warnings | Insufficient data | Summary |
| --- | --- | --- | ---: | ---: | ---: | --- |
{{#each rows}}
| {{icon}} {{word}} | {{title}} | {{subject}}{{#if digest}}<br><sub>{{digest}}</sub>{{/if}} | {{failed}} | {{warnings}} | {{inconclusive}} | {{summary}} |
{{/each}}
{{/if}}
{{#each sections}}

${SECTION_SEPARATOR}

### {{icon}} {{title}}

<sub>{{#each meta}}{{#unless @first}} · {{/unless}}{{this}}{{/each}}</sub>
{{#if summary}}

{{summary}}
{{/if}}
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

| Metric | Value | Baseline | Δ vs baseline | n |
| --- | ---: | ---: | ---: | ---: |
{{#each metrics}}
| {{name}} | {{value}} | {{baseline}}{{#if baselineLabel}}<br><sub>{{baselineLabel}}</sub>{{/if}} | {{#if deltaIcon}}{{deltaIcon}} {{/if}}{{delta}} | {{n}} |
{{/each}}
{{#if metricsMore}}

… {{metricsMore}} more metrics
{{/if}}
{{#if metricNotes.length}}

<sub>{{#each metricNotes}}{{#unless @first}} · {{/unless}}{{this}}{{/each}}</sub>
{{/if}}
{{/if}}
{{#if deltaChart}}

{{{deltaChart}}}
{{/if}}

**Checks:** {{checkSummary}}
{{#if attention.length}}

${checkHeader}
{{#each attention}}
${checkRow}
{{/each}}
{{#if attentionMore}}

… {{attentionMore}} more checks that need attention
{{/if}}
{{/if}}
{{#if passingCount}}

<details><summary>✅ {{passingSummary}}</summary>

${checkHeader}
{{#each passing}}
${checkRow}
{{/each}}
{{#if passingMore}}

… {{passingMore}} more
{{/if}}

</details>
{{/if}}
{{#each examples}}

<details><summary>{{icon}} Failing examples: {{check}} ({{#if more}}{{shown}} of {{total}}{{else}}{{total}}{{/if}})</summary>

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
{{else}}

**{{title}}**

{{#if table}}
|{{#each table.columns}} {{this}} |{{/each}}
|{{#each table.columns}} --- |{{/each}}
{{#each table.rows}}
|{{#each this}} {{this}} |{{/each}}
{{/each}}
{{#if table.more}}

… {{table.more}} more rows
{{/if}}
{{else if chart}}
{{{chart}}}
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
{{/each}}
{{#if footer}}

${SECTION_SEPARATOR}

<sub>{{{footer}}}</sub>
{{/if}}
`;
