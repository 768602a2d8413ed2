import { Container, EventCard, formatEventDate, PageHeading } from "@kz/ui";
import Link from "next/link";
import { connection } from "next/server";

import { api } from "../server/caller";

const LATEST = 6;

export default async function HomePage() {
  // Read at request time: the record changes when editors publish.
  await connection();
  const record = await api().event.list({ limit: 100 });
  const latest = record.items.slice(0, LATEST);
  const byYear = new Map<string, typeof record.items>();
  for (const e of record.items) {
    const year = e.startDate.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), e]);
  }

  return (
    <Container>
      <PageHeading
        title="Human rights in Kazakhstan"
        lead="A living, cited record: what happened, when, where and to whom — and the reports, statements and laws each fact rests on."
      />
      <section aria-labelledby="latest-events">
        <div className="flex items-baseline justify-between">
          <h2 id="latest-events" className="text-brand-900 font-serif text-2xl font-semibold">
            Latest events
          </h2>
          <p className="text-sm text-slate-500">{record.total} events in the record</p>
        </div>
        <div className="mt-2">
          {latest.map((event) => (
            <EventCard key={event.id} {...event} href={`/events/${event.slug}`} />
          ))}
        </div>
      </section>
      <section aria-labelledby="timeline" className="mt-12">
        <h2 id="timeline" className="text-brand-900 font-serif text-2xl font-semibold">
          Timeline
        </h2>
        <ol className="mt-4 space-y-6">
          {[...byYear].map(([year, events]) => (
            <li key={year} className="grid gap-2 sm:grid-cols-[5rem_1fr]">
              <h3 className="font-serif text-lg font-semibold text-slate-500">{year}</h3>
              <ul className="space-y-1">
                {events.map((e) => (
                  <li key={e.id}>
                    <span className="text-sm text-slate-500">
                      {formatEventDate(e.startDate, e.endDate, e.datePrecision)}
                    </span>{" "}
                    <Link href={`/events/${e.slug}`}>{e.title}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </Container>
  );
}
