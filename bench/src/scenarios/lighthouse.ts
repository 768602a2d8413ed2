import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../../e2e/chromium";
import type { Figure, Scenario } from "../types";
import { PUBLIC_PAGES } from "../lib/pages";
import { startStaticNext, staticNextBuilt } from "../lib/static-next";

const STATIC_NEXT_PORT = 3100;

const run = promisify(execFile);
const lighthouseCli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");

// As the e2e suite runs Chromium here, headless (Lighthouse starts it without Playwright).
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS].join(" ");

const CATEGORIES = [
  { id: "performance", target: { op: ">=" as const, value: 98 } },
  { id: "accessibility", target: { op: "==" as const, value: 100 } },
  { id: "best-practices", target: { op: "==" as const, value: 100 } },
  { id: "seo", target: { op: "==" as const, value: 100 } },
];

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string }>;
}

const score = (report: LighthouseReport, category: string) =>
  Math.round((report.categories[category]?.score ?? 0) * 100);

async function audit(url: string, log: (message: string) => void): Promise<LighthouseReport> {
  log(`lighthouse ${url}`);
  const { stdout } = await run(
    process.execPath,
    [
      lighthouseCli,
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--only-categories=${CATEGORIES.map((c) => c.id).join(",")}`,
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 << 20 },
  );
  return JSON.parse(stdout) as LighthouseReport;
}

/** Lighthouse 12.2.3 (the last to run on Node 20) with Debian's Chromium, its default mobile settings. */
export const lighthouse: Scenario = {
  id: "lighthouse",
  title: "Lighthouse (mobile)",
  run: async (context) => {
    const figures: Figure[] = [];
    const notes: string[] = [];
    for (const page of PUBLIC_PAGES) {
      const report = await audit(`${context.webUrl}${page.path}`, context.log);
      for (const category of CATEGORIES) {
        figures.push({
          name: `${page.name}: ${category.id}`,
          value: score(report, category.id),
          unit: "",
          target: category.target,
        });
      }
      const failing = Object.entries(report.audits)
        .filter(
          ([, a]) =>
            a.score !== null &&
            a.score < 0.9 &&
            ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode),
        )
        .map(([id]) => id);
      if (failing.length > 0) notes.push(`${page.name}: audits below 0.9: ${failing.join(", ")}`);
    }
    // For scale: the same audit of a fully static Next.js page (built by the pages scenario).
    if (await staticNextBuilt()) {
      const server = await startStaticNext(STATIC_NEXT_PORT, context.log);
      try {
        const report = await audit(`http://127.0.0.1:${STATIC_NEXT_PORT}/event`, context.log);
        figures.push({
          name: "static Next.js page of the event page's size: performance",
          value: score(report, "performance"),
          unit: "",
        });
      } finally {
        await server.stop();
      }
    }
    return {
      id: "lighthouse",
      title: "Lighthouse (mobile)",
      method:
        "lighthouse 12.2.3 CLI, default mobile form factor and simulated throttling, Debian Chromium headless, " +
        "against next start on loopback; one run per page (scores vary by a point or two between runs); " +
        "for scale, the performance of a fully static Next.js page of the same size.",
      figures,
      notes,
    };
  },
};
