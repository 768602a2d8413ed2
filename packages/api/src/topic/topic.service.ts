import type { Db } from "@kz/db";

import { notFound } from "../errors";
import { publishedEventSummaries, type SiteContext } from "../event/event.service";
import { toCitation, visibleCitations } from "../shared/citations";
import { toInstantOrNull } from "../shared/dates";
import { publishedEvent, publishedTopic } from "../shared/visibility";
import { factWithCitations } from "./topic-fact";
import type { TopicBySlugInput, TopicDetail, TopicListOutput } from "./topic.schema";

/** Published topics in order, each with its count of published events, in one query. */
export async function listTopics(db: Db): Promise<TopicListOutput> {
  const topics = await db.topic.findMany({
    where: publishedTopic,
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      position: true,
      _count: { select: { events: { where: { event: publishedEvent } } } },
    },
  });
  return topics.map(({ _count, ...t }) => ({ ...t, eventCount: _count.events }));
}

/** One published topic: its overview with footnotes, its cited facts, and its published events. */
export async function getTopicBySlug(
  db: Db,
  input: TopicBySlugInput,
  ctx: SiteContext,
): Promise<TopicDetail> {
  const topic = await db.topic.findFirst({
    where: { slug: input.slug, ...publishedTopic },
    include: {
      citations: visibleCitations,
      facts: { orderBy: { position: "asc" }, include: { citations: visibleCitations } },
    },
  });
  if (!topic) throw notFound("Topic");
  const events = await publishedEventSummaries(
    db,
    { topics: { some: { topicId: topic.id } } },
    ctx.siteUrl,
  );
  return {
    slug: topic.slug,
    name: topic.name,
    position: topic.position,
    eventCount: events.length,
    overview: topic.overview,
    citations: topic.citations.map(toCitation),
    facts: topic.facts
      .filter((f) => f.citations.length > 0)
      .map((f) => factWithCitations(f, f.citations.map(toCitation))),
    events,
    publishedAt: toInstantOrNull(topic.publishedAt),
    updatedAt: topic.updatedAt.toISOString(),
  };
}
