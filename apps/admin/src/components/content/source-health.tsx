import type { SourceCheckOutput } from "@kz/api/schemas";
import { Badge } from "@kz/ui";

import { formatDateTime } from "../../lib/format";

const RESULT: Record<
  SourceCheckOutput["result"],
  { label: string; tone: "success" | "danger" | "neutral" }
> = {
  OK: { label: "answers", tone: "success" },
  REDIRECTED: { label: "redirects", tone: "neutral" },
  BROKEN: { label: "broken", tone: "danger" },
  UNREACHABLE: { label: "unreachable", tone: "danger" },
};

/** What the daily source-health job last found at the source's address. */
export function SourceHealth({
  check,
  url,
}: {
  check: SourceCheckOutput | null;
  url: string | null;
}) {
  if (!url) return <p className="text-sm text-slate-600">No link to check.</p>;
  if (!check || check.url !== url)
    return <p className="text-sm text-slate-600">This link has not been checked yet (daily).</p>;
  const { label, tone } = RESULT[check.result];
  return (
    <p
      className="flex flex-wrap items-baseline gap-2 text-sm text-slate-700"
      data-testid="source-health"
    >
      <Badge tone={tone}>{label}</Badge>
      {check.httpStatus !== null ? <span>HTTP {check.httpStatus}</span> : null}
      {check.error ? <span>{check.error}</span> : null}
      {check.result === "REDIRECTED" && check.finalUrl ? (
        <span className="break-all">to {check.finalUrl}</span>
      ) : null}
      <span className="text-slate-500">
        checked{" "}
        <time dateTime={check.checkedAt.toISOString()}>{formatDateTime(check.checkedAt)}</time>
      </span>
    </p>
  );
}
