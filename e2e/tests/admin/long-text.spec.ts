// A Chromium trace check (issue 19): typing into a 100 000-character body costs the page under
// 50 ms of main-thread work per keystroke (p95), read from a Chromium performance trace. The check
// counts the thread's CPU time, not wall time: on a busy machine (CI at load 15) a keystroke's
// input-to-paint stretches with the wait for a CPU, which says nothing about the editor; the
// editor's own work does not. Input-to-paint on a quiet machine, same keystrokes, same code
// (e2e/typing-latency.ts), is bench's editor-typing figure with the same 50 ms target.
import { longMarkdown, typingMeasures } from "../../typing-latency";
import { expect, test } from "../fixtures/admin-api";
import { draftEvent, unique } from "../fixtures/content";

// Playwright's trace recorder snapshots the whole DOM (a 100 000-character textarea and its
// preview) on the page's main thread at every key press: measured, that was most of each
// keystroke's time. It would measure the recorder, not the editor.
test.use({ trace: "off" });

const KEYS = 20;
const BUDGET_MS = 50;

test("typing into a 100 000-character body: p95 of main-thread work per keystroke under 50 ms", async ({
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
  const preview = page.getByTestId("body-preview");
  // Typing is what is measured, not the first render of the preview.
  await expect(preview.getByRole("heading", { name: "Section 1", exact: true })).toBeVisible();

  const { inputToPaint, mainThreadCpu } = await typingMeasures(body, { keys: KEYS, gapMs: 120 });
  for (const [type, values] of Object.entries({ inputToPaint, mainThreadCpu })) {
    test.info().annotations.push({
      type: `${type} per keystroke (ms)`,
      description: values.map((v) => v.toFixed(1)).join(", "),
    });
  }
  // p95 of 20 keystrokes (nearest rank: the 19th smallest) under 50 ms: at most one is over.
  expect(mainThreadCpu.filter((ms) => ms >= BUDGET_MS).length).toBeLessThanOrEqual(1);
  // Nothing typed was lost, and the preview followed once typing paused.
  await expect(body).toHaveValue(/x{20}$/);
  await expect(preview).toContainText("x".repeat(KEYS));
});
