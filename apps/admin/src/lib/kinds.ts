import type { RevisionEntityType } from "@kz/api/schemas";

/** The kinds of record the admin edits. */
export type Kind = "event" | "source" | "topic" | "rating" | "actor" | "place";
/** Kinds with drafts, review and publishing; actors and places are public as soon as they are saved. */
export type WorkflowKind = Extract<Kind, "event" | "source" | "topic" | "rating">;

export interface KindInfo {
  label: string;
  plural: string;
  /** The list page; a record's edit page is `${path}/${id}`. */
  path: string;
  entityType: RevisionEntityType;
  workflow: boolean;
}

export const KINDS: Record<Kind, KindInfo> = {
  event: { label: "Event", plural: "Events", path: "/events", entityType: "EVENT", workflow: true },
  source: {
    label: "Source",
    plural: "Sources",
    path: "/sources",
    entityType: "SOURCE",
    workflow: true,
  },
  topic: { label: "Topic", plural: "Topics", path: "/topics", entityType: "TOPIC", workflow: true },
  rating: {
    label: "Rating",
    plural: "Ratings",
    path: "/ratings",
    entityType: "RATING",
    workflow: true,
  },
  actor: {
    label: "Actor",
    plural: "Actors",
    path: "/actors",
    entityType: "ACTOR",
    workflow: false,
  },
  place: {
    label: "Place",
    plural: "Places",
    path: "/places",
    entityType: "PLACE",
    workflow: false,
  },
};

export const KIND_ORDER: Kind[] = ["event", "source", "rating", "topic", "actor", "place"];

export const isKind = (value: unknown): value is Kind =>
  typeof value === "string" && value in KINDS;
