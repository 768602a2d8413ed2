// Lists the published events of one topic, oldest first, page by page.
//
//   API_URL=http://localhost:3000 npx tsx list-events-by-topic.ts protests
import { createClient, type RouterOutputs } from "@kz/client";

type Event = RouterOutputs["event"]["list"]["items"][number];

const topic = process.argv[2] ?? "protests";
const client = createClient({ url: process.env.API_URL ?? "http://localhost:3000" });

const { name } = await client.topic.bySlug.query({ slug: topic });
console.log(`Events on “${name}”:\n`);

const events: Event[] = [];
let cursor: string | null = null;
do {
  const page: RouterOutputs["event"]["list"] = await client.event.list.query({
    topic,
    order: "asc",
    limit: 50,
    cursor,
  });
  events.push(...page.items);
  cursor = page.nextCursor;
} while (cursor);

for (const event of events) {
  const places = event.places.map((p) => p.name).join(", ");
  console.log(`${event.startDate}  ${event.title}${places ? ` (${places})` : ""}`);
  console.log(`            ${event.url} · ${event.sourceCount} source(s)`);
}
console.log(`\n${events.length} event(s)`);
