import type { EventSummary } from "@kz/api";
import { formatEventDate, isoAtPrecision } from "@kz/ui";
import { getLocale } from "next-intl/server";

import { getLabels } from "../i18n/labels";
import { Link } from "../i18n/navigation";
import { contentLangFor } from "../i18n/routing";

/** Events as one line each, date and title, for pages that list many of them. */
export async function CompactEventList({ events }: { events: readonly EventSummary[] }) {
  const [locale, labels] = await Promise.all([getLocale(), getLabels()]);
  const contentLang = contentLangFor(locale);
  return (
    <ol className="divide-y divide-slate-200 border-y border-slate-200">
      {events.map((e) => (
        <li key={e.id} className="grid gap-x-4 py-2 sm:grid-cols-[11rem_1fr]">
          <time
            dateTime={isoAtPrecision(e.startDate, e.datePrecision)}
            className="text-sm text-slate-600"
          >
            {formatEventDate(e.startDate, e.endDate, e.datePrecision, labels.dates)}
          </time>
          <Link href={`/events/${e.slug}`} lang={contentLang}>
            {e.title}
          </Link>
        </li>
      ))}
    </ol>
  );
}
