import { describe, expect, it } from "vitest";

import {
  actorTags,
  CACHE_TAG_PATTERN,
  eventTags,
  placeTags,
  ratingTags,
  readTagsOf,
  sourceTags,
  topicTags,
  uniqueTags,
} from "./tags";

describe("cache tags", () => {
  it("tags an event, its old and new slug, and what its page links to", () => {
    expect(
      eventTags({
        slugs: ["new-slug", "old-slug"],
        topicSlugs: ["protests"],
        placeSlugs: ["zhanaozen"],
        actorSlugs: ["police"],
        sourceSlugs: ["hrw-2012"],
      }),
    ).toEqual([
      "actor:police",
      "actors",
      "event:new-slug",
      "event:old-slug",
      "events",
      "place:zhanaozen",
      "places",
      "search",
      "source:hrw-2012",
      "sources",
      "topic:protests",
      "topics",
    ]);
  });

  it("leaves out list tags of kinds the event does not link to", () => {
    expect(eventTags({ slugs: ["a"] })).toEqual(["event:a", "events", "search"]);
  });

  it("tags a source with the records that show it as a footnote", () => {
    expect(
      sourceTags({
        slugs: ["s"],
        eventSlugs: ["e"],
        topicSlugs: ["t"],
        ratingSeriesSlugs: ["freedom-in-the-world"],
      }),
    ).toEqual([
      "event:e",
      "events",
      "rating-series:freedom-in-the-world",
      "ratings",
      "search",
      "source:s",
      "sources",
      "topic:t",
      "topics",
    ]);
  });

  it("tags ratings, topics, actors and places", () => {
    expect(ratingTags({ seriesSlugs: ["fh"], sourceSlugs: ["s"] })).toEqual([
      "rating-series:fh",
      "ratings",
      "source:s",
      "sources",
    ]);
    expect(topicTags({ slugs: ["t"], eventSlugs: ["e"] })).toEqual([
      "event:e",
      "events",
      "search",
      "topic:t",
      "topics",
    ]);
    // Event lists filtered by the actor name it and count its events.
    expect(actorTags({ slugs: ["a"], eventSlugs: ["e"] })).toEqual([
      "actor:a",
      "actors",
      "event:e",
      "events",
      "search",
    ]);
    expect(actorTags({ slugs: ["a"] })).toEqual(["actor:a", "actors", "search"]);
    expect(placeTags({ slugs: ["p"] })).toEqual(["place:p", "places", "search"]);
  });

  it("only produces tags the public site accepts", () => {
    const all = uniqueTags(
      eventTags({ slugs: ["a-1"], topicSlugs: ["b"], placeSlugs: ["c"], actorSlugs: ["d"] }),
      sourceTags({ slugs: ["e"], ratingSeriesSlugs: ["f"] }),
    );
    for (const tag of all) expect(tag).toMatch(CACHE_TAG_PATTERN);
  });

  it("deduplicates and sorts", () => {
    expect(uniqueTags(["b", "a"], ["a", "c"])).toEqual(["a", "b", "c"]);
  });

  it("tags each collection's public reads with what its pages show", () => {
    expect(readTagsOf("event").list).toEqual(["events"]);
    expect(readTagsOf("event").record("a")).toEqual(["event:a", "events"]);
    // Topic, actor and place lists count events; their pages list them.
    expect(readTagsOf("topic").list).toEqual(["topics", "events"]);
    expect(readTagsOf("topic").record("t")).toEqual(["topic:t", "topics", "events", "sources"]);
    expect(readTagsOf("actor").record("x")).toEqual(["actor:x", "actors", "events"]);
    expect(readTagsOf("place").list).toEqual(["places", "events"]);
    // A source's page lists what cites it: events, rating series, topics.
    expect(readTagsOf("source").list).toEqual(["sources"]);
    expect(readTagsOf("source").record("s")).toEqual([
      "source:s",
      "sources",
      "events",
      "ratings",
      "topics",
    ]);
    expect(() => readTagsOf("nothing")).toThrow('No collection "nothing"');
  });
});
