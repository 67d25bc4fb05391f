/**
 * Test support: a strict reader for the subset of Mermaid `xychart-beta` the renderer writes, so tests
 * can check every chart block is well formed without a browser.
 */

export interface Xychart {
  palette: string[];
  title: string;
  labels: string[];
  yAxis: { title: string; min?: number; max?: number };
  series: { kind: "bar" | "line"; values: number[] }[];
}

const QUOTED = /^"([^"`\n]*)"$/;
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const NUMBER_LIST = new RegExp(String.raw`^\[(${NUMBER}(?:, ${NUMBER})*)\]$`);

/** The Mermaid code blocks in a Markdown document, without their fences. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

function quoted(text: string, what: string): string {
  const match = QUOTED.exec(text);
  if (!match) throw new Error(`${what} is not a quoted label: ${text}`);
  return match[1]!;
}

export function parseXychart(block: string): Xychart {
  const [init, header, ...statements] = block.split("\n");
  const palette =
    /^%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "([#0-9a-f, ]+)"\}\}\}\}%%$/.exec(
      init ?? "",
    );
  if (!palette) throw new Error(`bad init directive: ${init}`);
  if (header !== "xychart-beta") throw new Error(`bad header: ${header}`);
  const chart: Xychart = {
    palette: palette[1]!.split(", "),
    title: "",
    labels: [],
    yAxis: { title: "" },
    series: [],
  };
  for (const line of statements) {
    const statement = /^ {2}(title|x-axis|y-axis|bar|line) (.+)$/.exec(line);
    if (!statement) throw new Error(`bad statement: ${line}`);
    const [, keyword, rest] = statement as unknown as [string, string, string];
    if (keyword === "title") chart.title = quoted(rest, "title");
    else if (keyword === "x-axis") {
      const list = /^\[(.*)\]$/.exec(rest);
      if (!list) throw new Error(`bad x-axis: ${rest}`);
      chart.labels = list[1]!.split(", ").map((label) => quoted(label, "x label"));
    } else if (keyword === "y-axis") {
      const axis = new RegExp(`^("[^"]*")(?: (${NUMBER}) --> (${NUMBER}))?$`).exec(rest);
      if (!axis) throw new Error(`bad y-axis: ${rest}`);
      chart.yAxis = { title: quoted(axis[1]!, "y title") };
      if (axis[2] !== undefined) chart.yAxis = { ...chart.yAxis, min: Number(axis[2]), max: Number(axis[3]) };
    } else {
      const values = NUMBER_LIST.exec(rest);
      if (!values) throw new Error(`bad ${keyword} values: ${rest}`);
      chart.series.push({ kind: keyword as "bar" | "line", values: values[1]!.split(", ").map(Number) });
    }
  }
  for (const series of chart.series) {
    if (series.values.length !== chart.labels.length) throw new Error("series and labels differ in length");
  }
  if (chart.series.length === 0 || chart.series.length > chart.palette.length)
    throw new Error("palette mismatch");
  return chart;
}
