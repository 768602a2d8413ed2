import type { RatingItemOutput, RatingSeriesOutput } from "@kz/api/schemas";
import { getTranslations } from "next-intl/server";

import { Link } from "../i18n/navigation";
import { freedomTrend, type FreedomStatusCode } from "../lib/freedom-trend";

const STATUS_KEY = {
  free: "free",
  partly_free: "partlyFree",
  not_free: "notFree",
} as const satisfies Record<FreedomStatusCode, string>;

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

  const lines: string[] = [];
  const pr = trend.politicalRights;
  if (pr?.kind === "changed")
    lines.push(
      t(pr.direction === "worsened" ? "prWorsened" : "prImproved", {
        from: pr.from,
        to: pr.to,
        year: pr.year,
      }),
    );
  else if (pr) lines.push(t("prUnchanged", { value: pr.value, year: pr.since }));
  const cl = trend.civilLiberties;
  if (cl?.kind === "changed")
    lines.push(
      t(cl.direction === "worsened" ? "clWorsened" : "clImproved", {
        from: cl.from,
        to: cl.to,
        year: cl.year,
      }),
    );
  else if (cl) lines.push(t("clUnchanged", { value: cl.value, year: cl.since }));
  const st = trend.status;
  if (st?.kind === "changed")
    lines.push(
      t(st.direction === "worsened" ? "statusWorsened" : "statusImproved", {
        from: status(st.from),
        to: status(st.to),
        year: st.year,
      }),
    );
  else if (st) lines.push(t("statusUnchanged", { status: status(st.value), year: st.since }));

  const first = [...items].sort((a, b) => a.year - b.year)[0]?.year ?? latest.year;

  return (
    <section
      aria-labelledby="freedom-status"
      className="border-brand-700 rounded-lg border border-l-4 border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="freedom-status" className="text-brand-900 font-serif text-2xl font-semibold">
        {t("statusTitle")}
      </h2>
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
    </section>
  );
}
