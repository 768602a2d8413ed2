import { events } from "@kz/api/collections";
import { createClient } from "@kz/client";
import { chromium, type Page } from "playwright-core";

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../../e2e/chromium";
import {
  EVENT_TIMING_THRESHOLD_MS,
  longMarkdown,
  typingMeasures,
} from "../../../e2e/typing-latency";
import type { Figure, Scenario } from "../types";
import { percentile } from "../lib/stats";

const BODY_CHARS = 100_000;
const KEYSTROKES = 40;
const GAP_MS = 120;
/** Bursts of typing, each followed by a pause the live preview follows in (its delay is 300 ms). */
const BURSTS = { every: 5, ms: 600 };
const LOADS = 5;

/** Milliseconds from navigation to the body field being there to type in. */
async function loadTime(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await page.getByRole("textbox", { name: "Body" }).waitFor();
  return performance.now() - started;
}

/**
 * An editor working on a long text: an event whose body is 100 000 characters of markdown, opened
 * in the admin (with its live preview) and typed into, in Debian's Chromium.
 */
export const editorTyping: Scenario = {
  id: "editor-typing",
  title: "Editing a 100 000-character body",
  run: async (context) => {
    const client = createClient({ url: context.adminUrl, token: context.apiToken });
    // The API reference's create example, without the links its example ids stand for.
    const { id } = await client.event.admin.create.mutate({
      ...events.example,
      topicIds: [],
      placeIds: [],
      actors: [],
      citations: [],
      title: "Bench: a long account",
      body: longMarkdown(BODY_CHARS),
    });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    try {
      const page = await browser.newPage({ baseURL: context.adminUrl });
      await page.goto("/login");
      await page.getByLabel("Email").fill(context.admin.email);
      await page.getByLabel("Password").fill(context.admin.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
      const loads: number[] = [];
      for (let i = 0; i < LOADS; i++) loads.push(await loadTime(page, `/events/${id}`));
      context.log(`edit page loads: ${loads.map((l) => l.toFixed(0)).join(", ")} ms`);
      const body = page.getByRole("textbox", { name: "Body" });
      // Once the preview of the loaded text is there: typing is timed, not the first render.
      await page
        .getByTestId("body-preview")
        .getByRole("heading", { name: "Section 1", exact: true })
        .waitFor();
      const steady = await typingMeasures(body, { keys: KEYSTROKES, gapMs: GAP_MS });
      const bursts = await typingMeasures(body, {
        keys: KEYSTROKES,
        gapMs: GAP_MS,
        pauses: BURSTS,
      });
      const figures: Figure[] = [];
      for (const [label, measures] of [
        ["typing", steady],
        ["typing in bursts", bursts],
      ] as const) {
        const { inputToPaint, mainThreadCpu } = measures;
        context.log(
          `${label}, input to paint: ${inputToPaint.map((l) => l.toFixed(0)).join(", ")} ms`,
        );
        context.log(
          `${label}, main-thread CPU: ${mainThreadCpu.map((l) => l.toFixed(0)).join(", ")} ms`,
        );
        figures.push(
          {
            name: `${label} latency p95`,
            value: percentile(inputToPaint, 95),
            unit: "ms",
            target: { op: "<", value: 50 },
          },
          { name: `${label} latency max`, value: Math.max(...inputToPaint), unit: "ms" },
          {
            name: `${label} main-thread CPU p95`,
            value: percentile(mainThreadCpu, 95),
            unit: "ms",
            target: { op: "<", value: 50 },
          },
        );
      }
      figures.push(
        {
          name: "edit page load p50",
          value: percentile(loads, 50),
          unit: "ms",
          target: { op: "<", value: 1000 },
        },
        { name: "edit page load max", value: Math.max(...loads), unit: "ms" },
      );
      return {
        id: "editor-typing",
        title: "Editing a 100 000-character body",
        method:
          `A draft event with a ${BODY_CHARS.toLocaleString("en")}-character markdown body, opened ${LOADS} times in the admin ` +
          `(until the body field is there), then ${KEYSTROKES} keystrokes at its end, ${GAP_MS} ms apart, and ${KEYSTROKES} more ` +
          `in bursts of ${BURSTS.every} with a ${BURSTS.ms} ms pause after each (the live preview renders the whole text ` +
          `in the pauses), each timed by Chromium's Event Timing API (input to next paint; under ` +
          `${EVENT_TIMING_THRESHOLD_MS} ms counts as ${EVENT_TIMING_THRESHOLD_MS}) and costed from a Chromium ` +
          `performance trace (the page's main-thread CPU time from one key down to the next).`,
        figures,
      };
    } finally {
      await browser.close();
    }
  },
};
