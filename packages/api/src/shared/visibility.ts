import type { Prisma } from "@kz/db";

/** What the public may see: published and not in the trash. */
export const publishedEvent = {
  status: "PUBLISHED",
  deletedAt: null,
} satisfies Prisma.EventWhereInput;
export const publishedTopic = {
  status: "PUBLISHED",
  deletedAt: null,
} satisfies Prisma.TopicWhereInput;
export const publishedSource = {
  status: "PUBLISHED",
  deletedAt: null,
} satisfies Prisma.SourceWhereInput;
export const publishedRating = {
  workflowStatus: "PUBLISHED",
  deletedAt: null,
} satisfies Prisma.RatingWhereInput;
export const publishedActor = {
  status: "PUBLISHED",
  deletedAt: null,
} satisfies Prisma.ActorWhereInput;
export const publishedPlace = {
  status: "PUBLISHED",
  deletedAt: null,
} satisfies Prisma.PlaceWhereInput;
