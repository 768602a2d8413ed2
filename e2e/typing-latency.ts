// Typing into a long text, timed by Chromium's Event Timing API: shared by the e2e trace check
// (tests/admin/long-text.spec.ts) and bench's editor-typing scenario, so both measure the same way.
import type { Locator } from "@playwright/test";

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

/**
 * Types `keys` characters at the end of `field`, `gapMs` apart, and returns each keystroke's
 * latency as Chromium's Event Timing API measures it (input delay, handlers and the next paint):
 * the longest entry of its interaction. Keystrokes with no entry were faster than the API's
 * threshold and count as that. `pauses` types in bursts of that many keys with a pause after each
 * long enough for the live preview to follow, so keystrokes also meet its rendering.
 */
export async function typingLatencies(
  field: Locator,
  { keys, gapMs, pauses }: { keys: number; gapMs: number; pauses?: { every: number; ms: number } },
): Promise<number[]> {
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
  for (let i = 1; i <= keys; i++) {
    await page.keyboard.press("x");
    await page.waitForTimeout(pauses && i % pauses.every === 0 ? pauses.ms : gapMs);
  }
  // Entries are reported after the paint: let the last ones arrive.
  await page.waitForTimeout(1000);
  const measured = Object.values(
    await page.evaluate(
      () => (window as unknown as { __latency: Record<number, number> }).__latency,
    ),
  );
  return [
    ...measured,
    ...Array<number>(Math.max(0, keys - measured.length)).fill(EVENT_TIMING_THRESHOLD_MS),
  ];
}
