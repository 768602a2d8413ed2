// The dump format: gzip of JSON lines. A line that is a JSON array is a control line: the header
// first, then one line per table followed by that table's rows, one JSON object each (as Postgres
// rendered them, never re-parsed, so big numbers keep every digit), and a trailer with each table's
// row count and checksum last. A file without its trailer was cut short and is refused.
import { z } from "zod";

import { BackupError } from "./errors";

export const FORMAT = "kzdump";
export const FORMAT_VERSION = 1;
export const FILE_SUFFIX = ".kzdump.gz";

const column = z.object({ name: z.string(), type: z.string(), json: z.boolean() });

const header = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  server: z.string(),
  database: z.string(),
  migrations: z.array(z.string()),
});
const tableSection = z.object({ name: z.string(), columns: z.array(column).min(1) });
const trailer = z.object({
  tables: z.record(z.string(), z.object({ rows: z.number().int(), checksum: z.string() })),
});

const controlLine = z.union([
  z.tuple([z.literal(FORMAT), header]),
  z.tuple([z.literal("table"), tableSection]),
  z.tuple([z.literal("end"), trailer]),
]);

export type DumpHeader = z.infer<typeof header>;
export type TableSection = z.infer<typeof tableSection>;
export type DumpTrailer = z.infer<typeof trailer>;
export type ControlLine = z.infer<typeof controlLine>;

export const encodeControl = (line: ControlLine): string => JSON.stringify(line);

/** Rows are JSON objects; everything else is a control line. */
export const isRowLine = (line: string): boolean => line.startsWith("{");

export function parseControl(line: string, lineNumber: number): ControlLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupError(`Line ${lineNumber} of the backup is not JSON: the file is damaged.`);
  }
  const parsed = controlLine.safeParse(value);
  if (!parsed.success) {
    throw new BackupError(
      `Line ${lineNumber} of the backup is not understood: the file is damaged.`,
    );
  }
  return parsed.data;
}

/** The header, or a message saying what the file is instead. */
export function parseHeader(line: string | undefined): DumpHeader {
  const parsed = line === undefined || isRowLine(line) ? null : tryParse(line);
  if (!parsed || parsed[0] !== FORMAT) {
    throw new BackupError(
      `This is not a backup made by npm run db:backup (no ${FORMAT} header). Check the file name.`,
    );
  }
  if (parsed[1].version > FORMAT_VERSION) {
    throw new BackupError(
      `This backup is in ${FORMAT} format ${parsed[1].version}, newer than this code reads (${FORMAT_VERSION}): update the code, then restore.`,
    );
  }
  return parsed[1];
}

function tryParse(line: string): ControlLine | null {
  try {
    return parseControl(line, 1);
  } catch {
    return null;
  }
}

/** `2026-11-28T21-32-06Z.kzdump.gz`: sorts by time, and has no colons (not allowed on Windows). */
export function backupFileName(now: Date): string {
  return `${now.toISOString().slice(0, 19).replaceAll(":", "-")}Z${FILE_SUFFIX}`;
}
