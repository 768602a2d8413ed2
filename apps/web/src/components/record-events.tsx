import { hrefWith, type QueryValue } from "@kz/ui";
import type { ReactNode } from "react";

import { Link } from "../i18n/navigation";
import { Section } from "./section";

/**
 * The events that name a record (an actor, a place), with a link to the events page filtered to
 * them, or a word that there are none yet.
 */
export function RecordEvents({
  id,
  title,
  count,
  filter,
  filterLabel,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  /** The events page's filter that lists the same events. */
  filter: Record<string, QueryValue>;
  filterLabel: string;
  empty: string;
  /** The events' timeline. */
  children: ReactNode;
}) {
  return (
    <Section
      id={id}
      title={title}
      aside={count ? <Link href={hrefWith("/events", filter)}>{filterLabel}</Link> : null}
    >
      {count ? (
        <div className="mt-4">{children}</div>
      ) : (
        <p className="mt-2 text-slate-600">{empty}</p>
      )}
    </Section>
  );
}
