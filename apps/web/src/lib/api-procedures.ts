import {
  actorBySlugInput,
  actorDetail,
  actorListInput,
  actorListOutput,
  eventBySlugInput,
  eventDetail,
  eventListInput,
  eventListOutput,
  placeBySlugInput,
  placeDetail,
  placeListOutput,
  ratingListInput,
  ratingListOutput,
  ratingSeriesListOutput,
  searchQueryInput,
  searchQueryOutput,
  sourceBySlugInput,
  sourceDetail,
  sourceListInput,
  sourceListOutput,
  topicBySlugInput,
  topicDetail,
  topicListOutput,
} from "@kz/api/schemas";
import type { z } from "zod";

export interface PublicProcedure {
  path: string;
  /** Absent for procedures that take no input. */
  input?: z.ZodType;
  output: z.ZodType;
  /** A call that answers with records from the seeded document. */
  example?: Record<string, unknown>;
}

/**
 * Every public (reader) procedure, in the order the /api page documents them. A unit test checks
 * each against the router: the same input and output schemas, and no public procedure missing.
 */
export const PUBLIC_PROCEDURES = [
  {
    path: "event.list",
    input: eventListInput,
    output: eventListOutput,
    example: { topic: "protests", year: 2011, limit: 5 },
  },
  {
    path: "event.bySlug",
    input: eventBySlugInput,
    output: eventDetail,
    example: { slug: "2011-zhanaozen-oil-worker-strikes" },
  },
  { path: "rating.seriesList", output: ratingSeriesListOutput },
  {
    path: "rating.list",
    input: ratingListInput,
    output: ratingListOutput,
    example: { series: "freedom-in-the-world" },
  },
  {
    path: "source.list",
    input: sourceListInput,
    output: sourceListOutput,
    example: { kind: "report", limit: 5 },
  },
  {
    path: "source.bySlug",
    input: sourceBySlugInput,
    output: sourceDetail,
    example: { slug: "hrw-on-kazakhstan-2014" },
  },
  { path: "topic.list", output: topicListOutput },
  {
    path: "topic.bySlug",
    input: topicBySlugInput,
    output: topicDetail,
    example: { slug: "religious-freedom" },
  },
  {
    path: "actor.list",
    input: actorListInput,
    output: actorListOutput,
    example: { kind: "person", limit: 5 },
  },
  {
    path: "actor.bySlug",
    input: actorBySlugInput,
    output: actorDetail,
    example: { slug: "nursultan-nazarbayev" },
  },
  { path: "place.list", output: placeListOutput },
  {
    path: "place.bySlug",
    input: placeBySlugInput,
    output: placeDetail,
    example: { slug: "zhanaozen" },
  },
  {
    path: "search.query",
    input: searchQueryInput,
    output: searchQueryOutput,
    example: { q: "Zhanaozen", limit: 5 },
  },
] as const satisfies readonly PublicProcedure[];

export type PublicProcedurePath = (typeof PUBLIC_PROCEDURES)[number]["path"];
