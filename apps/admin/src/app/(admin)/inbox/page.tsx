import type { ReviewInboxItem } from "@kz/api/schemas";
import { PageHeading } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { contentHref, entityLabel } from "../../../lib/content-links";
import { formatDateTime } from "../../../lib/format";
import { api } from "../../../server/caller";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Inbox" };

/** One record waiting: its kind, title (to its edit page), who asked whom and when, the note. */
function Item({ item }: { item: ReviewInboxItem }) {
  const href = contentHref(item.entityType, item.id);
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      <p className="text-xs text-slate-600">{entityLabel(item.entityType)}</p>
      <p className="font-medium break-words">
        {href ? <Link href={href}>{item.title || "(untitled)"}</Link> : item.title}
      </p>
      {item.state === "REQUESTED" ? (
        <p className="text-sm text-slate-700">
          {item.askedOfMe ? "Asked of you" : "Asked of any editor"}
          {item.requestedBy ? ` by ${item.requestedBy}` : ""},{" "}
          <time dateTime={item.requestedAt.toISOString()}>{formatDateTime(item.requestedAt)}</time>
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            Changes requested{item.reviewedBy ? ` by ${item.reviewedBy}` : ""}
            {item.reviewedAt ? (
              <>
                ,{" "}
                <time dateTime={item.reviewedAt.toISOString()}>
                  {formatDateTime(item.reviewedAt)}
                </time>
              </>
            ) : null}
          </p>
          {item.note ? (
            <blockquote className="mt-1 border-l-2 border-amber-400 pl-2 text-sm whitespace-pre-wrap text-slate-900">
              {item.note}
            </blockquote>
          ) : null}
        </>
      )}
    </li>
  );
}

function Section({
  id,
  title,
  empty,
  items,
}: {
  id: string;
  title: string;
  empty: string;
  items: ReviewInboxItem[];
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title} <span className="text-slate-600 tabular-nums">({items.length})</span>
      </h2>
      {items.length ? (
        <ul className="space-y-2">
          {items.map((item) => (
            <Item key={`${item.entityType}:${item.id}`} item={item} />
          ))}
        </ul>
      ) : (
        <p className="text-slate-600">{empty}</p>
      )}
    </section>
  );
}

export default async function InboxPage() {
  const user = await requireUser();
  const inbox = await (await api(user)).review.inbox();
  const reviewer = user.role === "EDITOR" || user.role === "ADMIN";
  return (
    <>
      <PageHeading
        title="Inbox"
        lead="Records waiting for you: to review, or sent back to you with changes requested."
      />
      <div className="space-y-8">
        {reviewer ? (
          <Section
            id="inbox-review"
            title="Waiting for your review"
            empty="Nothing is waiting for your review."
            items={inbox.waiting}
          />
        ) : null}
        <Section
          id="inbox-changes"
          title="Changes requested on your records"
          empty="No changes have been requested on your records."
          items={inbox.changesRequested}
        />
      </div>
    </>
  );
}
