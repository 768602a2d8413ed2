import type { DashboardAdminSummary, DashboardItem } from "@kz/api/schemas";
import { Badge, Card, PageHeading } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { STATUSES, STATUS_LABELS } from "../../components/content/status";
import { SourcesNeedingWork } from "../../components/dashboard/sources-needing-work";
import { TranslationProgress } from "../../components/translations/translation-progress";
import { contentHref, entityLabel } from "../../lib/content-links";
import { formatDateTime } from "../../lib/format";
import { KIND_ORDER, KINDS } from "../../lib/kinds";
import { api } from "../../server/caller";
import { requireUser } from "../../server/require-user";

export const metadata: Metadata = { title: "Dashboard" };

function Time({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}

function RecordLink({ item }: { item: Pick<DashboardItem, "entityType" | "id" | "title"> }) {
  const href = contentHref(item.entityType, item.id);
  return href ? <Link href={href}>{item.title}</Link> : <span>{item.title}</span>;
}

/** The record an entry is about: its kind, and its title linking to it while it exists. */
function EntityRef({ type, id, title }: { type: string; id: string | null; title: string | null }) {
  const href = contentHref(type, id);
  return (
    <span className="text-sm">
      <span className="text-slate-600">{entityLabel(type)}</span>{" "}
      {title ? href ? <Link href={href}>{title}</Link> : title : null}
    </span>
  );
}

/** A part of the dashboard, named by its heading (`hidden`: for screen readers only). */
function Section({
  id,
  title,
  hidden = false,
  children,
}: {
  id: string;
  title: string;
  hidden?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={hidden ? "sr-only" : "text-brand-900 text-lg font-semibold"}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A titled list of records that wait for someone, or a line saying there are none. */
function Queue({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  children: ReactNode[];
}) {
  return (
    <Section id={id} title={title}>
      <Card className="mt-3 p-0">
        {children.length ? (
          <ul className="divide-y divide-slate-200">{children}</ul>
        ) : (
          <p className="px-5 py-4 text-sm text-slate-600">{empty}</p>
        )}
      </Card>
    </Section>
  );
}

/** One entry of a Queue: what it is about, then (to the right) when and by whom. */
function QueueRow({ children, aside }: { children: ReactNode; aside: ReactNode }) {
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-5 py-3">
      {children}
      <span className="text-sm text-slate-600">{aside}</span>
    </li>
  );
}

function QueueItem({ item, when }: { item: DashboardItem; when: ReactNode }) {
  return (
    <QueueRow aside={when}>
      <span className="flex items-baseline gap-2">
        <Badge>{entityLabel(item.entityType)}</Badge>
        <RecordLink item={item} />
      </span>
    </QueueRow>
  );
}

function Counts({ counts }: { counts: DashboardAdminSummary["counts"] }) {
  const tiles = [
    { label: "In review", value: counts.inReview, href: "#waiting" },
    { label: "Unpublished changes", value: counts.pendingChanges, href: "#pending" },
    { label: "Scheduled", value: counts.scheduled, href: "#scheduled" },
    { label: "In trash", value: counts.inTrash, href: "/trash" },
  ];
  return (
    <Section id="at-a-glance" title="At a glance" hidden>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {tiles.map((t) => (
          <Card key={t.label} className="flex flex-col-reverse p-4">
            <dt className="text-sm text-slate-600">
              <Link href={t.href} className="text-slate-700">
                {t.label}
              </Link>
            </dt>
            <dd className="text-brand-900 text-2xl font-semibold tabular-nums">{t.value}</dd>
          </Card>
        ))}
      </dl>
    </Section>
  );
}

export default async function DashboardPage() {
  const user = await requireUser();
  const caller = await api(user);
  const [summary, sourcesNeedingWork] = await Promise.all([
    caller.dashboard.summary(),
    caller.source.admin.needingWork({ limit: 10 }),
  ]);
  const isAdmin = user.role === "ADMIN";
  const kinds = summary.collections.map(({ entityType, counts }) => {
    const kind = KIND_ORDER.map((k) => KINDS[k]).find((k) => k.entityType === entityType)!;
    return { label: kind.plural, href: kind.path, counts };
  });

  type Item = (typeof summary.waitingForReview)[number];
  const edited = (item: Item) => (
    <>
      {item.updatedBy ? `${item.updatedBy}, ` : ""}
      <Time date={item.updatedAt} />
    </>
  );
  const queues = [
    {
      id: "waiting",
      title: "Waiting for review",
      empty: "Nothing is waiting for review.",
      rows: summary.waitingForReview.map((item) => ({ item, when: edited(item) })),
    },
    {
      id: "scheduled",
      title: "Scheduled",
      empty: "Nothing is scheduled.",
      rows: summary.scheduled.map((item) => ({
        item,
        when: (
          <>
            Publishes <Time date={item.publishAt} />
          </>
        ),
      })),
    },
    {
      id: "pending",
      title: "Published, with unpublished changes",
      empty: "Every published record is up to date.",
      rows: summary.pendingChanges.map((item) => ({ item, when: edited(item) })),
    },
  ];

  return (
    <div className="space-y-10">
      <PageHeading title="Dashboard" lead={`Signed in as ${user.email}.`} />

      <Counts counts={summary.counts} />

      <div className="grid gap-8 lg:grid-cols-2">
        {queues.map((q) => (
          <div key={q.id} id={q.id}>
            <Queue id={`${q.id}-heading`} title={q.title} empty={q.empty}>
              {q.rows.map(({ item, when }) => (
                <QueueItem key={`${item.entityType}:${item.id}`} item={item} when={when} />
              ))}
            </Queue>
          </div>
        ))}
        <Queue id="activity-heading" title="Recent activity" empty="No changes yet.">
          {summary.recentActivity.map((entry) => (
            <QueueRow key={entry.id} aside={<Time date={entry.createdAt} />}>
              <span className="flex flex-wrap items-baseline gap-2">
                <span className="font-medium">{entry.actorLabel}</span>
                <code className="text-sm">{entry.action}</code>
                {entry.entityType ? (
                  <EntityRef
                    type={entry.entityType}
                    id={entry.entityId}
                    title={entry.entityTitle}
                  />
                ) : null}
              </span>
            </QueueRow>
          ))}
        </Queue>
      </div>
      {isAdmin ? (
        <p className="-mt-6 text-sm">
          <Link href="/audit">The full audit log</Link>
        </p>
      ) : null}

      <SourcesNeedingWork lists={sourcesNeedingWork} />
      <TranslationProgress />

      <Section id="by-status" title="Records by status">
        <div className="mt-3 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {kinds.map((kind) => (
            <Card key={kind.label}>
              <h3 className="text-brand-900 font-semibold">
                <Link href={kind.href}>{kind.label}</Link>
              </h3>
              <dl className="mt-3 space-y-1 text-sm">
                {STATUSES.map((s) => (
                  <div key={s} className="flex justify-between">
                    <dt className="text-slate-600">{STATUS_LABELS[s]}</dt>
                    <dd className="font-medium tabular-nums">{kind.counts[s]}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          ))}
        </div>
      </Section>

      <Queue id="recent" title="Recently updated events" empty="No events yet.">
        {summary.recentlyUpdated.map((e) => (
          <QueueRow
            key={e.id}
            aside={
              <span className="flex items-center gap-3">
                <Badge tone={e.status === "PUBLISHED" ? "success" : "neutral"}>
                  {STATUS_LABELS[e.status]}
                </Badge>
                {e.updatedBy ? <span>{e.updatedBy}</span> : null}
                <Time date={e.updatedAt} />
              </span>
            }
          >
            <RecordLink item={{ entityType: "EVENT", id: e.id, title: e.title }} />
          </QueueRow>
        ))}
      </Queue>
    </div>
  );
}
