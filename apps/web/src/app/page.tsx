import { Container, EventCard, PageHeading } from "@kz/ui";
import { connection } from "next/server";

import { api } from "../server/caller";

export default async function HomePage() {
  // Read at request time: the record changes when editors publish.
  await connection();
  const latest = await api().event.list({ limit: 10 });

  return (
    <Container>
      <PageHeading
        title="Human rights in Kazakhstan"
        lead="A living, cited record: what happened, when, where and to whom — and the reports, statements and laws each fact rests on."
      />
      <section aria-labelledby="latest-events">
        <div className="flex items-baseline justify-between">
          <h2 id="latest-events" className="font-serif text-2xl font-semibold text-brand-900">
            Latest events
          </h2>
          <p className="text-sm text-slate-500">{latest.total} events in the record</p>
        </div>
        <div className="mt-2">
          {latest.items.map((event) => (
            <EventCard key={event.id} {...event} href={`/events/${event.slug}`} />
          ))}
        </div>
      </section>
    </Container>
  );
}
