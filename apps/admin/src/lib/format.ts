// Admin times are shown in UTC, the same on the server and in every editor's browser, so a time in
// the audit log can be compared with one in a server log or a colleague's screenshot.

const pad = (n: number) => String(n).padStart(2, "0");

/** "2025-03-01 14:05 UTC", or an em dash for no time. */
export function formatDateTime(date: Date | null | undefined): string {
  if (!date) return "—";
  return `${formatDate(date)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** "2025-03-01 14:05:09 UTC": to the second, where the order of events matters (the audit log). */
export function formatInstant(date: Date | null | undefined): string {
  if (!date) return "—";
  return formatDateTime(date).replace(/ UTC$/, `:${pad(date.getUTCSeconds())} UTC`);
}

/** "2025-03-01" (UTC), or an em dash for no date. */
export function formatDate(date: Date | null | undefined): string {
  if (!date) return "—";
  return date.toISOString().slice(0, 10);
}

const ROLE_LABELS = {
  ADMIN: "Admin",
  EDITOR: "Editor",
  CONTRIBUTOR: "Contributor",
  VIEWER: "Viewer",
} as const;

export function roleLabel(role: keyof typeof ROLE_LABELS): string {
  return ROLE_LABELS[role];
}

/** The first value of a search parameter, trimmed; undefined when absent or blank. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  return v ? v : undefined;
}

export type SearchParams = Record<string, string | string[] | undefined>;
