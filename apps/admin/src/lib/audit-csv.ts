import type { AuditEntryOutput } from "@kz/api/schemas";
import { stringify } from "csv-stringify/sync";

import { contentHref, entityLabel } from "./content-links";

const HEADER = [
  "time (UTC)",
  "actor",
  "action",
  "record type",
  "record id",
  "record",
  "record page",
  "address",
  "details",
];

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula (a title or email can start with "="), made inert. */
const inert = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * The audit entries as a CSV file for a spreadsheet: a byte-order mark and CRLF lines (Excel reads
 * UTF-8 then), times to the second in ISO 8601 UTC, each record's title and its edit page's address.
 */
export function auditCsv(entries: readonly AuditEntryOutput[], adminUrl: string): string {
  return stringify(
    entries.map((e) => {
      const page = contentHref(e.entityType, e.entityId);
      return [
        e.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
        e.actorLabel,
        e.action,
        e.entityType ? entityLabel(e.entityType) : "",
        e.entityId ?? "",
        e.entityTitle ?? "",
        page ? new URL(page, adminUrl).href : "",
        e.ip ?? "",
        e.details === null || e.details === undefined ? "" : JSON.stringify(e.details),
      ].map(inert);
    }),
    {
      header: true,
      columns: HEADER,
      bom: true,
      record_delimiter: "windows",
      quote_record_delimiter: true,
    },
  );
}
