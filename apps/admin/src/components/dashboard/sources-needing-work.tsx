import type { SourcesNeedingWorkOutput } from "@kz/api/schemas";
import { Card } from "@kz/ui";
import Link from "next/link";

import { contentHref } from "../../lib/content-links";
import { formatDateTime } from "../../lib/format";

type Lists = SourcesNeedingWorkOutput;
type Ref = Lists["noUrl"]["items"][number];

const sourceLink = (s: Ref) => <Link href={contentHref("SOURCE", s.id)!}>{s.title}</Link>;

/** One list of sources needing work: its total, at most the first few, or a line saying none. */
function SourceList<Item extends Ref>({
  id,
  title,
  empty,
  list,
  detail,
}: {
  id: string;
  title: string;
  empty: string;
  list: { total: number; items: Item[] };
  detail?: (item: Item) => string;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="font-semibold text-slate-800">
        {title} <span className="font-normal text-slate-600 tabular-nums">({list.total})</span>
      </h3>
      {list.items.length ? (
        <ul className="mt-2 space-y-1 text-sm">
          {list.items.map((s) => (
            <li key={s.id}>
              {sourceLink(s)}
              {detail ? <span className="text-slate-600"> — {detail(s)}</span> : null}
            </li>
          ))}
          {list.total > list.items.length ? (
            <li className="text-slate-600">and {list.total - list.items.length} more</li>
          ) : null}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{empty}</p>
      )}
    </section>
  );
}

/** Sources an editor should look at: no link, a link that failed its last check, no archive copy. */
export function SourcesNeedingWork({ lists }: { lists: Lists }) {
  return (
    <section aria-labelledby="sources-work-heading" id="sources-work">
      <h2 id="sources-work-heading" className="text-brand-900 text-lg font-semibold">
        Sources needing work
      </h2>
      <Card className="mt-3 grid gap-6 p-5 lg:grid-cols-3">
        <SourceList
          id="sources-failing"
          title="Failing links"
          empty="Every checked link answered."
          list={lists.failing}
          detail={({ check }) =>
            `${check.httpStatus !== null ? `HTTP ${check.httpStatus}` : (check.error ?? check.result.toLowerCase())}, ${formatDateTime(check.checkedAt)}`
          }
        />
        <SourceList
          id="sources-no-url"
          title="No link"
          empty="Every source has a link."
          list={lists.noUrl}
        />
        <SourceList
          id="sources-no-archive"
          title="No archived copy"
          empty="Every linked source has an archived copy."
          list={lists.noArchive}
        />
      </Card>
    </section>
  );
}
