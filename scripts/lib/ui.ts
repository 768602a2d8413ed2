const useColor = process.stdout.isTTY === true && !process.env.NO_COLOR;

const paint = (code: number) => (text: string) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
export const green = paint(32);
export const red = paint(31);
export const yellow = paint(33);
export const cyan = paint(36);
export const magenta = paint(35);
export const dim = paint(2);
export const bold = paint(1);

export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes}m${String(seconds).padStart(2, "0")}s`;
}

// ANSI colour codes take no room on screen, so they must not count towards a line's width.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
const visibleLength = (text: string) => text.replace(ANSI, "").length;

/** Draws lines inside a box, the width of the longest line. */
export function formatBox(lines: string[]): string {
  const width = Math.max(0, ...lines.map(visibleLength));
  const top = `┌${"─".repeat(width + 2)}┐`;
  const bottom = `└${"─".repeat(width + 2)}┘`;
  const body = lines.map((line) => `│ ${line}${" ".repeat(width - visibleLength(line))} │`);
  return [top, ...body, bottom].join("\n");
}

export const info = (message: string) => console.log(message);
export const warn = (message: string) => console.log(yellow(`! ${message}`));
export const fail = (message: string) => console.error(red(`✗ ${message}`));

/** Runs one start-up step and prints "✓ <done> (1.2s)" when it finishes. */
export async function step<T>(
  running: string,
  run: () => Promise<T>,
  done: string | ((result: T) => string) = running,
): Promise<T> {
  const started = Date.now();
  console.log(dim(`… ${running}`));
  const result = await run();
  const label = typeof done === "function" ? done(result) : done;
  console.log(`${green("✓")} ${label} ${dim(`(${formatDuration(Date.now() - started)})`)}`);
  return result;
}

/** An error whose message already tells the user what to do; printed without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}
