import { Badge, Card, Container, PageHeading } from "@kz/ui";
import type { Metadata } from "next";

import { AdminHeader } from "../components/admin-header";
import { api } from "../server/caller";
import { requireActor } from "../server/require-actor";

export const metadata: Metadata = { title: "Dashboard" };

const STATUSES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
const STATUS_LABEL = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

export default async function DashboardPage() {
  const actor = await requireActor();
  const summary = await (await api(actor)).dashboard.summary();
  const kinds = [
    { label: "Events", counts: summary.events },
    { label: "Sources", counts: summary.sources },
    { label: "Ratings", counts: summary.ratings },
    { label: "Topics", counts: summary.topics },
  ];

  return (
    <>
      <AdminHeader actor={actor} />
      <Container className="py-8">
        <PageHeading title="Dashboard" lead={`Signed in as ${actor.email}.`} />
        <section aria-labelledby="by-status" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <h2 id="by-status" className="sr-only">
            Records by status
          </h2>
          {kinds.map((kind) => (
            <Card key={kind.label}>
              <h3 className="text-brand-900 font-semibold">{kind.label}</h3>
              <dl className="mt-3 space-y-1 text-sm">
                {STATUSES.map((s) => (
                  <div key={s} className="flex justify-between">
                    <dt className="text-slate-600">{STATUS_LABEL[s]}</dt>
                    <dd className="font-medium tabular-nums">{kind.counts[s]}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          ))}
        </section>
        <section aria-labelledby="recent" className="mt-10">
          <h2 id="recent" className="text-brand-900 text-lg font-semibold">
            Recently updated events
          </h2>
          <Card className="mt-3 p-0">
            <ul className="divide-y divide-slate-200">
              {summary.recentlyUpdated.map((e) => (
                <li key={e.id} className="flex items-center justify-between gap-4 px-5 py-3">
                  <span className="font-medium">{e.title}</span>
                  <span className="flex items-center gap-3 text-sm text-slate-500">
                    <Badge tone={e.status === "PUBLISHED" ? "success" : "neutral"}>
                      {STATUS_LABEL[e.status]}
                    </Badge>
                    <time dateTime={e.updatedAt.toISOString()}>
                      {e.updatedAt.toISOString().slice(0, 10)}
                    </time>
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        </section>
      </Container>
    </>
  );
}
