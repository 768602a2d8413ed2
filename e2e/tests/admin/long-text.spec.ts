// A Chromium trace check (issue 19): typing into a 100 000-character body stays under 50 ms from
// input to paint (p95), by the browser's own Event Timing API. bench's editor-typing scenario
// measures the same way (e2e/typing-latency.ts) and reports the figures.
import { longMarkdown, typingLatencies } from "../../typing-latency";
import { expect, test } from "../fixtures/admin-api";
import { draftEvent, unique } from "../fixtures/content";

// Playwright's trace recorder snapshots the whole DOM (a 100 000-character textarea and its
// preview) on the page's main thread at every key press: measured, that was most of each
// keystroke's time. It would time the recorder, not the editor.
test.use({ trace: "off" });

const KEYS = 20;
const BUDGET_MS = 50;

test("typing into a 100 000-character body: p95 of input-to-paint under 50 ms", async ({
  api,
  editorPage: page,
}) => {
  test.slow();
  const event = await draftEvent(api, {
    title: unique("A long account"),
    body: longMarkdown(100_000),
  });
  await page.goto(`/events/${event.id}`);
  const body = page.getByLabel("Body", { exact: true });
  // Typing is what is timed, not the first render of the preview.
  await expect(
    page.getByTestId("body-preview").getByRole("heading", { name: "Section 1", exact: true }),
  ).toBeVisible();

  const latencies = await typingLatencies(body, { keys: KEYS, gapMs: 120 });
  test.info().annotations.push({
    type: "keystrokes (ms)",
    description: latencies.map((l) => l.toFixed(0)).join(", "),
  });
  // p95 of 20 keystrokes (nearest rank: the 19th fastest) under 50 ms: at most one is slower.
  expect(latencies.filter((l) => l >= BUDGET_MS).length).toBeLessThanOrEqual(1);
  await expect(body).toHaveValue(/x{20}$/);
});
