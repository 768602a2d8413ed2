import type { EventTimeline } from "@kz/api/schemas";
import { getTranslations } from "next-intl/server";

import { getPathname } from "../../i18n/navigation";
import { contentLangFor, type Locale } from "../../i18n/routing";
import { fieldLang } from "../../lib/translated";
import { eventTimeline } from "../../server/cached";
import {
  apiFilters,
  canonicalQuery,
  parseFacetFilters,
  withYears,
  type EventFacetFilters,
} from "./event-filters";
import { SelectOptions } from "../select-options";
import { YearTimeline } from "./year-timeline";

const NO_FILTERS = parseFacetFilters({});

/**
 * The topic names' language for the chart's key and table, given once for all of them (the drawing
 * is sent as data, kept small): the page's where every name is translated, else English, as
 * they were before topics had translated names.
 */
const namesLang = (locale: Locale, topics: EventTimeline["topics"]) =>
  topics.every((t) => !fieldLang(locale, t, "name")) ? undefined : contentLangFor(locale);

/**
 * The timeline of the events under `filters` (all published events by default), each bar leading
 * to that year's list under the same filters, and a "jump to year" form that works without script.
 */
export async function TimelineSection({
  locale,
  filters = NO_FILTERS,
  heading = true,
}: {
  locale: Locale;
  filters?: EventFacetFilters;
  /** False where the page gives the section its heading. */
  heading?: boolean;
}) {
  const [t, timeline] = await Promise.all([
    getTranslations("explore"),
    eventTimeline({ ...apiFilters(filters), years: undefined, locale }),
  ]);
  if (!timeline.years.length) return null;
  const path = getPathname({ locale, href: "/events" });
  const yearHref = (year: number) => `${path}?${canonicalQuery(withYears(filters, [year]))}`;
  // The jump keeps every other filter: they travel as hidden fields.
  const kept = new URLSearchParams(canonicalQuery(withYears(filters, [])));
  return (
    <div className="mt-6">
      {heading ? (
        <h2 className="text-brand-900 font-serif text-xl font-semibold">{t("timelineTitle")}</h2>
      ) : null}
      <YearTimeline
        timeline={timeline}
        yearHref={yearHref}
        lang={namesLang(locale, timeline.topics)}
        labels={{
          title: t("timelineTitle"),
          bar: (year, count) => t("timelineBar", { year, count }),
          noTopic: t("noTopic"),
          showTable: t("showTable"),
          year: t("year"),
          events: t("events"),
          byTopic: t("byTopic"),
        }}
      />
      <form action={path} method="get" className="mt-3 flex flex-wrap items-end gap-2">
        {[...kept].map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="jump-year" className="text-sm font-medium text-slate-700">
          {t("jumpToYear")}
        </label>
        <select
          id="jump-year"
          name="year"
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
        >
          <SelectOptions
            options={[...timeline.years]
              .reverse()
              .map((y) => [String(y.year), t("yearOption", { year: y.year, count: y.count })])}
          />
        </select>
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-900 rounded-md px-3 py-1.5 text-sm font-semibold text-white"
        >
          {t("go")}
        </button>
      </form>
    </div>
  );
}
