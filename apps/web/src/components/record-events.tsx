import { hrefWith } from "@kz/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { Link } from "../i18n/navigation";
import { Section } from "./section";

/**
 * The events that name a record (an actor, a place), with a link to the events page filtered to
 * them, or a word that there are none yet.
 */
export async function RecordEvents({
  noun,
  record,
  children,
}: {
  /** What the record is: its section's id (`actor-events`), messages and the events' filter. */
  noun: "actor" | "place";
  record: { slug: string; events: readonly unknown[] };
  /** The events' timeline. */
  children: ReactNode;
}) {
  const t = await getTranslations(noun);
  const count = record.events.length;
  return (
    <Section
      id={`${noun}-events`}
      title={t("events")}
      aside={
        count ? (
          <Link href={hrefWith("/events", { [noun]: record.slug })}>{t("filterEvents")}</Link>
        ) : null
      }
    >
      {count ? (
        <div className="mt-4">{children}</div>
      ) : (
        <p className="mt-2 text-slate-600">{t("noEvents")}</p>
      )}
    </Section>
  );
}
