import type { Detail } from "@mlops/core";
import { escapeHtml } from "./escape-html.ts";
import { formatNumber } from "./format.ts";
import { svgFrame, svgText } from "./svg-frame.ts";
import { coord } from "./svg-scale.ts";

type MatrixDetail = Extract<Detail, { type: "confusion-matrix" }>;

/** Beyond this many classes cells would be too small to read; beyond this many models, too wide. */
export const MAX_CLASSES = 12;
export const MAX_MATRICES = 4;

const GRID = 220;
const LEFT = 84;
const TOP = 52;
const GAP = 40;
const BOTTOM = 16;

/**
 * One matrix per model side by side, rows the actual class and columns the predicted one. A cell's shade
 * is its share of the row (the class's recall on the diagonal), so models scored on the same rows
 * compare cell for cell; each cell shows its count and that share.
 */
export function confusionMatrixSvg(detail: MatrixDetail): string {
  const classes = detail.labels.slice(0, MAX_CLASSES);
  const k = Math.max(1, classes.length);
  const cell = GRID / k;
  const matrices = detail.matrices.slice(0, MAX_MATRICES);
  const block = LEFT + GRID + GAP;
  const width = Math.max(1, matrices.length) * block;
  const height = TOP + GRID + BOTTOM;
  const parts: string[] = [];

  matrices.forEach((matrix, m) => {
    const left = m * block + LEFT;
    parts.push(svgText(matrix.name, 36, `class="legend" x="${left + GRID / 2}" y="14" text-anchor="middle"`));
    parts.push(
      `<text class="tick" x="${left + GRID / 2}" y="${TOP - 22}" text-anchor="middle">predicted</text>`,
    );
    parts.push(`<text class="tick" x="${left - 8}" y="${TOP - 8}" text-anchor="end">actual</text>`);
    classes.forEach((name, j) => {
      parts.push(
        svgText(
          name,
          10,
          `class="tick" x="${coord(left + (j + 0.5) * cell)}" y="${TOP - 6}" text-anchor="middle"`,
        ),
        svgText(
          name,
          10,
          `class="tick" x="${left - 8}" y="${coord(TOP + (j + 0.5) * cell + 4)}" text-anchor="end"`,
        ),
      );
    });
    classes.forEach((actual, r) => {
      const row = classes.map((_, c) => countAt(matrix.counts, r, c));
      const total = row.reduce((a, b) => a + b, 0);
      row.forEach((count, c) => {
        const share = total > 0 ? count / total : 0;
        const x = left + c * cell;
        const y = TOP + r * cell;
        const kind = r === c ? "hit" : "miss";
        parts.push(
          `<rect class="mark cell ${kind}" x="${coord(x)}" y="${coord(y)}" width="${coord(cell)}" height="${coord(cell)}" fill-opacity="${coord(0.08 + 0.82 * share)}">` +
            `<title>${escapeHtml(`${matrix.name}: actual ${actual}, predicted ${classes[c]}: ${formatNumber(count)} (${percent(share)} of ${actual})`)}</title></rect>`,
        );
        if (cell >= 28) {
          parts.push(
            `<text class="value${share > 0.55 ? " on-dark" : ""}" x="${coord(x + cell / 2)}" y="${coord(y + cell / 2)}" text-anchor="middle">${escapeHtml(formatNumber(count))}</text>`,
            `<text class="tick${share > 0.55 ? " on-dark" : ""}" x="${coord(x + cell / 2)}" y="${coord(y + cell / 2 + 14)}" text-anchor="middle">${escapeHtml(percent(share))}</text>`,
          );
        }
      });
    });
  });

  const label =
    `Confusion matrices: ${detail.title}, ${matrices.map((m) => m.name).join(" and ") || "none"}, ${classes.length} classes` +
    (detail.labels.length > classes.length
      ? `; ${detail.labels.length - classes.length} more classes not drawn`
      : "");
  return svgFrame({ title: detail.title, label, width, height, body: parts.join("") });
}

/** One decimal: the cells of one matrix compare at a glance, and four digits would not fit a cell. */
function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function countAt(counts: readonly (readonly number[])[], row: number, column: number): number {
  const value = counts[row]?.[column];
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}
