// Typing into a long text, measured by Chromium (its Event Timing API and a performance trace):
// shared by the e2e trace check (tests/admin/long-text.spec.ts) and bench's editor-typing scenario,
// so both measure the same way.
import type { Locator, Page } from "@playwright/test";

/** Chromium reports no Event Timing entry for an interaction faster than this. */
export const EVENT_TIMING_THRESHOLD_MS = 16;

/** Markdown as editors write it (headings, emphasis, links, lists, quotes), `chars` long. */
export function longMarkdown(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 1; length < chars; n++) {
    const part =
      `## Section ${n}\n\nWitnesses said the **police** detained several people near the square; ` +
      `a [report](https://example.org/report-${n}) gives their names.\n\n` +
      `- first account, *unconfirmed*\n- second account\n\n> A quote from the report, paragraph ${n}.\n\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join("").slice(0, chars);
}

/** A slice of a Chromium performance trace: the fields the measures below read. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start, in microseconds. */
  ts: number;
  /** Wall duration, in microseconds. */
  dur?: number;
  /** Thread (CPU) duration, in microseconds. */
  tdur?: number;
  args?: { data?: { type?: string } };
}

/** What typing cost, keystroke by keystroke. */
export interface TypingMeasures {
  /**
   * Input to next paint, by Chromium's Event Timing API (input delay, handlers, rendering): what
   * the editor feels, which a busy machine stretches. Under the API's threshold counts as that.
   */
  inputToPaint: number[];
  /**
   * Milliseconds of the page's main thread's CPU time, from the task that handled the key down to
   * the next key's (the last: its gap): handlers, React, style, layout and paint, and any preview
   * render that fell in between, from a Chromium performance trace. Time the thread waited for a
   * busy CPU is not in it, so it measures the editor's work, not the machine's load.
   */
  mainThreadCpu: number[];
}

/** Records a Chromium performance trace of the page while `act` runs. */
async function traced(page: Page, act: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are objects with numbers in them.
  cdp.on("Tracing.dataCollected", ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send("Tracing.start", {
    traceConfig: {
      includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline"],
    },
    transferMode: "ReportEvents",
  });
  await act();
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  await complete;
  await cdp.detach();
  return events;
}

/** Per key down in the trace, the main thread's CPU milliseconds until the next (see above). */
function mainThreadCpuPerKey(events: TraceEvent[], keys: number, lastGapMs: number): number[] {
  const keyDowns = events
    .filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "keydown")
    .sort((a, b) => a.ts - b.ts);
  if (keyDowns.length !== keys) {
    throw new Error(`the trace holds ${keyDowns.length} key downs, not ${keys}`);
  }
  const { pid, tid } = keyDowns[0]!;
  const tasks = events
    .filter((e) => e.name === "RunTask" && e.ph === "X" && e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts);
  if (tasks.some((t) => t.tdur === undefined)) {
    throw new Error("the trace has no thread times: this Chromium cannot measure CPU per task");
  }
  // A window starts where the task that dispatched its key down starts.
  const starts = keyDowns.map(
    (k) => tasks.findLast((t) => t.ts <= k.ts && k.ts <= t.ts + (t.dur ?? 0))?.ts ?? k.ts,
  );
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? keyDowns[i]!.ts + lastGapMs * 1000;
    let cpu = 0;
    let covered = start;
    for (const task of tasks) {
      // Tasks nested in one already counted are part of its time.
      if (task.ts < covered || task.ts >= end) continue;
      cpu += task.tdur!;
      covered = task.ts + (task.dur ?? 0);
    }
    return cpu / 1000;
  });
}

/**
 * Types `keys` characters at the end of `field`, `gapMs` apart, and measures each keystroke two
 * ways (see TypingMeasures). `pauses` types in bursts of that many keys with a pause after each
 * long enough for the live preview to follow, so keystrokes also meet its rendering.
 */
export async function typingMeasures(
  field: Locator,
  { keys, gapMs, pauses }: { keys: number; gapMs: number; pauses?: { every: number; ms: number } },
): Promise<TypingMeasures> {
  const page = field.page();
  await field.click();
  await page.keyboard.press("Control+End");
  await page.evaluate((threshold) => {
    const seen: Record<number, number> = {};
    // Only the keystrokes below: not the click and the key that placed the caret.
    const start = performance.now();
    (window as unknown as { __latency: Record<number, number> }).__latency = seen;
    new PerformanceObserver((list) => {
      // interactionId and durationThreshold are newer than TypeScript's DOM types.
      for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
        if (!entry.interactionId || entry.startTime < start) continue;
        seen[entry.interactionId] = Math.max(seen[entry.interactionId] ?? 0, entry.duration);
      }
    }).observe({ type: "event", durationThreshold: threshold } as PerformanceObserverInit);
  }, EVENT_TIMING_THRESHOLD_MS);
  const lastGapMs = pauses && keys % pauses.every === 0 ? pauses.ms : gapMs;
  const trace = await traced(page, async () => {
    for (let i = 1; i <= keys; i++) {
      await page.keyboard.press("x");
      await page.waitForTimeout(pauses && i % pauses.every === 0 ? pauses.ms : gapMs);
    }
  });
  // Entries are reported after the paint: let the last ones arrive.
  await page.waitForTimeout(1000);
  const measured = Object.values(
    await page.evaluate(
      () => (window as unknown as { __latency: Record<number, number> }).__latency,
    ),
  );
  return {
    inputToPaint: [
      ...measured,
      ...Array<number>(Math.max(0, keys - measured.length)).fill(EVENT_TIMING_THRESHOLD_MS),
    ],
    mainThreadCpu: mainThreadCpuPerKey(trace, keys, lastGapMs),
  };
}
