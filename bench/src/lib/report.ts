import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { holds, type Figure, type ScenarioResult } from "../types";

const format = (value: number) =>
  Number.isInteger(value) ? String(value) : value >= 100 ? value.toFixed(0) : value.toFixed(2);

function targetText(figure: Figure): string {
  const target = figure.target;
  if (!target) return "";
  return target.label ?? `${target.op} ${format(target.value)} ${figure.unit}`;
}

function verdict(figure: Figure): string {
  const result = holds(figure);
  return result === null ? "" : result ? "holds" : "MISSES";
}

/** One table per scenario: figure, value, target, verdict; the method and notes under it. */
export function printResults(results: ScenarioResult[], write: (line: string) => void): void {
  for (const result of results) {
    write("");
    write(`## ${result.title}`);
    write(`method: ${result.method}`);
    const rows = result.figures.map((f) => [
      f.name,
      `${format(f.value)} ${f.unit}`,
      targetText(f),
      verdict(f),
    ]);
    const widths = [0, 1, 2, 3].map((i) =>
      Math.max(...[["figure", "value", "target", ""], ...rows].map((row) => row[i]!.length)),
    );
    const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
    write(line(["figure", "value", "target", ""]));
    for (const row of rows) write(line(row));
    for (const note of result.notes ?? []) write(`  note: ${note}`);
  }
  const judged = results.flatMap((r) => r.figures).filter((f) => f.target);
  const missed = judged.filter((f) => !holds(f));
  write("");
  write(`${judged.length - missed.length} of ${judged.length} targets hold.`);
  for (const f of missed)
    write(`  misses: ${f.name} = ${format(f.value)} ${f.unit} (${targetText(f)})`);
}

/** bench/results/<date>.json: the figures with their targets and verdicts, and the machine they came from. */
export async function saveResults(
  dir: string,
  startedAt: Date,
  results: ScenarioResult[],
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.toISOString().slice(0, 10)}.json`);
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  const scenarios = results.map((r) => ({
    ...r,
    figures: r.figures.map((f) => ({ ...f, holds: holds(f) })),
  }));
  await writeFile(
    file,
    `${JSON.stringify({ startedAt: startedAt.toISOString(), machine, scenarios }, null, 2)}\n`,
  );
  return file;
}
