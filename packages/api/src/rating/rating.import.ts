// Parsing and checking a pasted CSV of ratings: pure, so the preview and the commit agree.
import { ratingFigures } from "@kz/db";
import { parse } from "csv-parse/sync";

import { ratingFields, RATING_CSV_COLUMNS, type RatingData } from "./rating.admin.schema";
import { z } from "zod";

export type RatingValues = Omit<RatingData, "citations" | "seriesId">;

export interface ParsedRow {
  line: number;
  year: number | null;
  values: RatingValues | null;
  errors: string[];
}

export interface ParsedCsv {
  errors: string[];
  rows: ParsedRow[];
}

const STATUSES: Record<string, RatingValues["status"]> = {
  free: "free",
  f: "free",
  "partly free": "partly_free",
  partly_free: "partly_free",
  pf: "partly_free",
  "not free": "not_free",
  not_free: "not_free",
  nf: "not_free",
};

const rowSchema = z.object({
  year: ratingFields.year,
  politicalRights: ratingFields.politicalRights,
  civilLiberties: ratingFields.civilLiberties,
  status: ratingFields.status,
  rank: ratingFields.rank,
  score: ratingFields.score,
  headOfState: ratingFields.headOfState,
  note: ratingFields.note,
});

/** "" → null; a number → the number; anything else stays, for the schema to refuse with a message. */
const numberCell = (cell: string): number | null | string =>
  cell === "" ? null : /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;

/**
 * Reads the CSV: the header must name exactly the expected columns (in any order); each row is
 * checked on its own, and a year may appear only once.
 */
export function parseRatingsCsv(csv: string): ParsedCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ""), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return { errors: [`The CSV cannot be read: ${(error as Error).message}`], rows: [] };
  }
  const [header, ...body] = records;
  if (!header) return { errors: ["The CSV is empty"], rows: [] };
  const columns = header.record;
  const expected: readonly string[] = RATING_CSV_COLUMNS;
  const missing = expected.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !expected.includes(c));
  if (missing.length || unknown.length || columns.length !== expected.length) {
    return {
      errors: [
        `The header must be ${RATING_CSV_COLUMNS.join(",")}` +
          (missing.length ? `; missing: ${missing.join(", ")}` : "") +
          (unknown.length ? `; unknown: ${unknown.join(", ")}` : ""),
      ],
      rows: [],
    };
  }
  if (!body.length) return { errors: ["The CSV has a header but no rows"], rows: [] };

  const seen = new Map<number, number>();
  const rows = body.map(({ record, info }): ParsedRow => {
    const line = info.lines;
    if (record.length !== columns.length) {
      return {
        line,
        year: null,
        values: null,
        errors: [`Expected ${columns.length} fields, found ${record.length}`],
      };
    }
    const cell = (name: string) => record[columns.indexOf(name)] ?? "";
    const statusCell = cell("status");
    const raw = {
      year: numberCell(cell("year")),
      politicalRights: numberCell(cell("politicalRights")),
      civilLiberties: numberCell(cell("civilLiberties")),
      status: statusCell === "" ? null : (STATUSES[statusCell.toLowerCase()] ?? statusCell),
      rank: numberCell(cell("rank")),
      score: numberCell(cell("score")),
      headOfState: cell("headOfState") || null,
      note: cell("note") || null,
    };
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      return {
        line,
        year: typeof raw.year === "number" ? raw.year : null,
        values: null,
        errors: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
      };
    }
    const v = parsed.data;
    const errors: string[] = [];
    const earlier = seen.get(v.year);
    if (earlier !== undefined) errors.push(`year: ${v.year} already appears on line ${earlier}`);
    else seen.set(v.year, line);
    return {
      line,
      year: v.year,
      values: {
        ...ratingFigures(v),
        headOfState: v.headOfState || null,
        note: v.note || null,
      },
      errors,
    };
  });
  return { errors: [], rows };
}
