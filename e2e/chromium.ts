// The Chromium installed on this machine (Playwright's own browser download is not used) and the
// flags it runs with here: without the background-networking ones it tries to reach Google's hosts,
// which this machine's closed network refuses. Bench's Lighthouse runs use them too.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
