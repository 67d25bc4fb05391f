import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { renderHtml } from "./html-report.ts";
import { backtest, dataValidation, errored, hostile, llmEval } from "./test-envelopes.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);

describe("HTML report in a browser", () => {
  const name = "renders every chart with no console error and runs no injected script";
  it.skipIf(!hasChromium)(
    hasChromium ? name : `${name} (skipped: ${CHROMIUM} is missing; apt-get install chromium)`,
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "mlops-report-"));
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
      try {
        const file = path.join(dir, "report.html");
        // Charts: a bar chart and a line chart from the fixtures and from the hostile envelope, and a
        // forest plot for each of the three envelopes with baselines.
        await writeFile(
          file,
          renderHtml([llmEval, backtest, dataValidation, errored, hostile], {
            generatedAt: "2024-05-01T10:10:00Z",
            reportUrl: "javascript:window.__pwned=2",
          }),
        );
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") problems.push(`console: ${message.text()}`);
        });
        page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
        page.on("request", (request) => {
          if (!request.url().startsWith("file:")) problems.push(`request: ${request.url()}`);
        });
        await page.goto(pathToFileURL(file).href, { waitUntil: "load" });

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
        expect(charts).toHaveLength(7);
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
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
