/**
 * The line the report renderer puts between sections, and the only places a publisher (a PR comment,
 * a job summary, a check run) may cut a report that is too long. A contract between `report` and
 * `github`, so it lives below both.
 */
export const SECTION_SEPARATOR = "<!-- mlops:section -->";
