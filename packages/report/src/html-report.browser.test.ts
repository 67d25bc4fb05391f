import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { renderHtml } from "./html-report.ts";
import { blockDifference } from "./screenshot-difference.ts";
import { backtest, dataValidation, errored, hostile, llmEval } from "./test-envelopes.ts";
import { backtestViews, dataViews, llmViews } from "./test-view-envelopes.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const SCREENSHOTS = path.join(import.meta.dirname, "__screenshots__");
/** Largest difference of a 16 × 16 block's mean colour (0–255) that still counts as the same picture. */
const SCREENSHOT_TOLERANCE = 12;

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--font-render-hinting=none",
    ],
  });
}

/** Console errors, page errors and any request that leaves the file: each one a problem. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    if (!request.url().startsWith("file:")) problems.push(`request: ${request.url()}`);
  });
  return problems;
}

/** What the decoding below uses of the page's DOM (this project's TypeScript has no DOM types). */
interface CanvasGlobals {
  Image: new () => { src: string; naturalWidth: number; naturalHeight: number; decode(): Promise<void> };
  document: {
    createElement(tag: "canvas"): {
      width: number;
      height: number;
      getContext(kind: "2d"): {
        drawImage(image: unknown, x: number, y: number): void;
        getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
      } | null;
    };
  };
}

/** A PNG's RGBA pixels, decoded by the browser itself (no image library needed). */
async function pixels(browser: Browser, png: Buffer) {
  const page = await browser.newPage();
  try {
    const decoded = await page.evaluate(
      async (src) => {
        const { Image, document } = globalThis as unknown as CanvasGlobals;
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let binary = "";
        for (let i = 0; i < data.length; i += 0x8000)
          binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
        return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
      },
      `data:image/png;base64,${png.toString("base64")}`,
    );
    return { width: decoded.width, height: decoded.height, data: Buffer.from(decoded.base64, "base64") };
  } finally {
    await page.close();
  }
}

/**
 * Compares a screenshot with the stored one. `UPDATE_SCREENSHOTS=1` stores it instead: run it after an
 * intended change of the report's look, and look at the new PNGs before committing them.
 */
async function expectScreenshot(browser: Browser, name: string, png: Buffer) {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    await mkdir(SCREENSHOTS, { recursive: true });
    await writeFile(file, png);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_SCREENSHOTS=1 to store it`);
  const stored = await pixels(browser, await readFile(file));
  const actual = await pixels(browser, png);
  const difference = blockDifference(stored, actual);
  expect(
    difference,
    `${name}: ${actual.width}×${actual.height} against the stored ${stored.width}×${stored.height}`,
  ).not.toBeNull();
  expect(difference, `${name}: block difference (UPDATE_SCREENSHOTS=1 stores a new one)`).toBeLessThanOrEqual(
    SCREENSHOT_TOLERANCE,
  );
}

/**
 * A test that opens the report in Chromium at a fixed size and light scheme, and fails on any console
 * error, page error or request; skipped, saying why, where Chromium is missing.
 */
function browserTest(
  name: string,
  html: () => string,
  check: (page: Page, browser: Browser) => Promise<void>,
) {
  it.skipIf(!hasChromium)(
    hasChromium ? name : `${name} (skipped: ${CHROMIUM} is missing; apt-get install chromium)`,
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "mlops-report-"));
      const browser = await launch();
      try {
        const file = path.join(dir, "report.html");
        await writeFile(file, html());
        const page = await browser.newPage({
          viewport: { width: 1000, height: 900 },
          deviceScaleFactor: 1,
          colorScheme: "light",
        });
        const problems = watch(page);
        await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
        await check(page, browser);
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
}

describe("HTML report in a browser", () => {
  // Charts: a bar chart and a line chart from the fixtures and from the hostile envelope, a forest plot
  // for each of the three envelopes with baselines, and the hostile envelope's distribution, curve and
  // confusion matrix.
  browserTest(
    "renders every chart with no console error and runs no injected script",
    () =>
      renderHtml([llmEval, backtest, dataValidation, errored, hostile], {
        generatedAt: "2024-05-01T10:10:00Z",
        reportUrl: "javascript:window.__pwned=2",
      }),
    async (page) => {
      const charts = await page.$$eval("svg.chart", (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const marks = [...svg.querySelectorAll(".mark")].filter((mark) => {
            const b = (mark as unknown as { getBBox(): { width: number; height: number } }).getBBox();
            return b.width > 0 || b.height > 0;
          });
          return {
            title: svg.querySelector("title")?.textContent ?? "",
            role: svg.getAttribute("role"),
            label: svg.getAttribute("aria-label") ?? "",
            width: box.width,
            height: box.height,
            marks: marks.length,
          };
        }),
      );
      expect(charts).toHaveLength(10);
      for (const chart of charts) {
        expect(chart.role, chart.title).toBe("img");
        expect(chart.label, chart.title).not.toBe("");
        expect(chart.width, chart.title).toBeGreaterThan(0);
        expect(chart.height, chart.title).toBeGreaterThan(0);
        expect(chart.marks, chart.title).toBeGreaterThan(0);
      }

      expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator("script").count()).toBe(0);
      expect(await page.locator("h2").first().textContent()).toContain("bias: churn-model");
      expect(await page.textContent("body")).toContain("<script>window.__pwned=1</script>");
    },
  );

  browserTest(
    "draws each view, filters cases without a script, and looks as stored",
    () => renderHtml([dataViews, backtestViews, llmViews], {}),
    async (page, browser) => {
      const sections = page.locator("section.evaluation");
      await expect.poll(() => sections.count()).toBe(3);
      const [llm, data, models] = [sections.nth(0), sections.nth(1), sections.nth(2)];

      // Evidently's view: two distributions to a row, each with both samples drawn.
      const distributions = data.locator("figure.distribution");
      expect(await distributions.count()).toBe(2);
      const boxes = await distributions.evaluateAll((figures) =>
        figures.map((f) => f.getBoundingClientRect().top),
      );
      expect(boxes[0]).toBe(boxes[1]);
      for (const side of ["reference", "current"] as const) {
        const drawn = await data
          .locator(`figure.distribution .mark.bar.${side}`)
          .evaluateAll((bars) => bars.filter((bar) => bar.getBoundingClientRect().height > 0).length);
        const shares = dataViews.details!.flatMap((d) => (d.type === "distribution" ? d[side] : []));
        expect(drawn, side).toBe(shares.filter((share) => share > 0).length);
      }

      // CML's: ROC, precision–recall and calibration curves, and the confusion matrices.
      expect(await models.locator("figure.xy-chart svg.chart").count()).toBe(3);
      expect(await models.locator("figure.xy-chart path.mark.line").count()).toBe(6);
      expect(await models.locator("figure.confusion-matrix .mark.cell").count()).toBe(8);
      await expect.poll(() => models.locator("figure.confusion-matrix svg").isVisible()).toBe(true);

      // promptfoo's: the prompt diff, and the outputs side by side under a filter CSS applies.
      expect(await llm.locator("pre.diff .added").count()).toBe(2);
      expect(await llm.locator("pre.diff .removed").count()).toBe(1);
      const shown = () =>
        llm
          .locator("article.case")
          .evaluateAll((cases) =>
            cases
              .filter((c) => (c as unknown as { offsetParent: unknown }).offsetParent !== null)
              .map((c) => c.querySelector("h4")!.firstChild!.textContent!.trim()),
          );
      expect(await shown()).toEqual(["sydney-storm", "hobart-wind"]);
      await llm.getByText("regressed (1)").click();
      expect(await shown()).toEqual(["sydney-storm"]);
      await llm.getByText("all (4)").click();
      expect(await shown()).toEqual(["sydney-storm", "perth-dry", "hobart-wind", "darwin-wet"]);
      await llm.getByText("failing or regressed (2)").click();
      expect(await shown()).toEqual(["sydney-storm", "hobart-wind"]);
      const sides = await llm
        .locator("article.case")
        .first()
        .locator(".side")
        .evaluateAll((divs) => divs.map((d) => d.getBoundingClientRect()));
      expect(sides[0]!.top).toBe(sides[1]!.top);
      expect(sides[1]!.left).toBeGreaterThan(sides[0]!.right);

      await expectScreenshot(browser, "data-distributions", await data.screenshot());
      await expectScreenshot(browser, "backtest-curves", await models.screenshot());
      await expectScreenshot(browser, "llm-cases", await llm.screenshot());
    },
  );
});
