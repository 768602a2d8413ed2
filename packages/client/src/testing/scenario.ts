// Run by client.int.test.ts in a separate Node process (`tsx`), as another program would use the
// client: reads with filters and pagination from the public site, writes with tokens on the admin.
// Prints one JSON object with what happened; the test checks it.
//
//   WEB_URL=… ADMIN_URL=… WRITE_TOKEN=… READ_TOKEN=… REVOKED_TOKEN=… EXPIRED_TOKEN=… tsx scenario.ts
import { apiErrorOf, createClient, type RouterOutputs } from "../index";

type EventPage = RouterOutputs["event"]["list"];

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

/** The error code a call failed with, or "ok". */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    return apiErrorOf(error)?.code ?? `not an API error: ${String(error)}`;
  }
}

const draft = (title: string) => ({
  title,
  slug: "",
  summary: "Pushed by a partner's script.",
  body: "",
  startDate: "2024-03-08",
  endDate: null,
  datePrecision: "day" as const,
  topicIds: [],
  placeIds: [],
  actors: [],
  citations: [],
  changeNote: "From the client integration test",
});

const web = createClient({ url: env("WEB_URL"), rateLimitRetries: 0 });
const admin = (token: string) =>
  createClient({ url: env("ADMIN_URL"), token, rateLimitRetries: 0 });

// Reads: a topic's events, three at a time, oldest first, following the cursor.
const topic = env("TOPIC");
const pages: EventPage[] = [];
let cursor: string | null = null;
do {
  const page: EventPage = await web.event.list.query({ topic, order: "asc", limit: 3, cursor });
  pages.push(page);
  cursor = page.nextCursor;
} while (cursor);
const events = pages.flatMap((p) => p.items);
// Several calls at once go out as one batched request.
const [year, detail, search, badInput] = await Promise.all([
  web.event.list.query({ year: 2011, limit: 100 }),
  web.event.bySlug.query({ slug: events[0]!.slug }),
  web.search.query.query({ q: "Zhanaozen", limit: 5 }),
  web.event.list.query({ limit: 1000 }).catch((e: unknown) => apiErrorOf(e)),
]);
const missing = await outcome(web.event.bySlug.query({ slug: "no-such-event" }));

// Writes.
const created = await admin(env("WRITE_TOKEN")).event.admin.create.mutate(
  draft(env("DRAFT_TITLE")),
);
const readOnlyRead = await outcome(admin(env("READ_TOKEN")).me.get.query());
const readOnlyWrite = await outcome(
  admin(env("READ_TOKEN")).event.admin.create.mutate(draft("Refused")),
);
const revoked = await outcome(admin(env("REVOKED_TOKEN")).event.list.query({ limit: 1 }));
const expired = await outcome(
  admin(env("EXPIRED_TOKEN")).event.admin.create.mutate(draft("Refused")),
);
// A token means nothing on the public site: it reads as anyone, and cannot write.
const tokenOnPublicSite = await outcome(
  createClient({
    url: env("WEB_URL"),
    token: env("WRITE_TOKEN"),
    rateLimitRetries: 0,
  }).event.admin.create.mutate(draft("Refused")),
);

console.log(
  JSON.stringify({
    pages: pages.map((p) => ({ slugs: p.items.map((e) => e.slug), total: p.total })),
    topics: events.map((e) => e.topics.map((t) => t.slug)),
    dates: events.map((e) => e.startDate),
    year: {
      total: year.total,
      years: [...new Set(year.items.map((e) => e.startDate.slice(0, 4)))],
    },
    detail: { slug: detail.slug, citations: detail.citations.length },
    search: search.events.map((e) => e.slug),
    badInput: {
      code: badInput && "code" in badInput ? badInput.code : null,
      fields: badInput && "fieldErrors" in badInput ? Object.keys(badInput.fieldErrors ?? {}) : [],
    },
    missing,
    created,
    readOnlyRead,
    readOnlyWrite,
    revoked,
    expired,
    tokenOnPublicSite,
  }),
);
