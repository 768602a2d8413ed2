import type { RatingItemOutput, RatingSeriesOutput } from "@kz/api/schemas";
import { getTranslations } from "next-intl/server";

import { Link } from "../i18n/navigation";
import { freedomTrend, type FreedomStatusCode } from "../lib/freedom-trend";
import { Section } from "./section";

const STATUS_KEY = {
  free: "free",
  partly_free: "partlyFree",
  not_free: "notFree",
} as const satisfies Record<FreedomStatusCode, string>;

/** The measures in the order they are told, each with its last change either way or none. */
const MEASURES = ["politicalRights", "civilLiberties", "status"] as const;
const MEASURE_MESSAGES = {
  politicalRights: { worsened: "prWorsened", improved: "prImproved", unchanged: "prUnchanged" },
  civilLiberties: { worsened: "clWorsened", improved: "clImproved", unchanged: "clUnchanged" },
  status: { worsened: "statusWorsened", improved: "statusImproved", unchanged: "statusUnchanged" },
} as const satisfies Record<(typeof MEASURES)[number], Record<string, string>>;

/**
 * The latest Freedom in the World status and the last change of each measure, worked out from the
 * series' ratings ("political rights worsened from 6 to 7 in 2016"), linking to the full table.
 */
export async function FreedomStatus({
  series,
  items,
}: {
  series: RatingSeriesOutput;
  items: readonly RatingItemOutput[];
}) {
  const [t, tRatings] = await Promise.all([getTranslations("home"), getTranslations("ratings")]);
  const trend = freedomTrend(items);
  if (!trend) return null;
  const status = (s: FreedomStatusCode | null) => (s ? tRatings(STATUS_KEY[s]) : "–");
  const { latest } = trend;

  const show = (value: number | FreedomStatusCode) =>
    typeof value === "number" ? value : status(value);
  const lines = MEASURES.flatMap((measure) => {
    const m = trend[measure];
    if (!m) return [];
    const messages = MEASURE_MESSAGES[measure];
    if (m.kind === "changed")
      return [t(messages[m.direction], { from: show(m.from), to: show(m.to), year: m.year })];
    // The status's message calls its value "status", the ratings' messages "value".
    return [t(messages.unchanged, { value: show(m.value), status: show(m.value), year: m.since })];
  });

  const first = [...items].sort((a, b) => a.year - b.year)[0]?.year ?? latest.year;

  return (
    <Section
      id="freedom-status"
      title={t("statusTitle")}
      className="border-brand-700 rounded-lg border border-l-4 border-slate-200 bg-white p-5 shadow-sm"
    >
      <p className="mt-3 text-lg text-slate-900">
        {t.rich("statusSummary", {
          strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
          status: status(latest.status),
          pr: latest.politicalRights ?? "–",
          cl: latest.civilLiberties ?? "–",
          year: latest.year,
        })}
      </p>
      {lines.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-3 text-sm text-slate-600">
        {t("statusSource", { publisher: series.publisher, series: series.name })} {t("statusScale")}
      </p>
      <p className="mt-3">
        <Link href={`/ratings/${series.slug}`}>
          {t("statusMore", { from: first, to: latest.year })} →
        </Link>
      </p>
    </Section>
  );
}
