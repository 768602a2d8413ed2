// A kind of record, declared once (issue 11): the client-safe part of a collection, which both apps
// and the API read. Free of server imports, so the public site can import it as it is.
import type { EntityType } from "@kz/db";

import type { AdminSpec } from "./admin";

/** A field holding links to another collection: a list of ids, or a list of objects with one. */
export interface Relation {
  /** The collection linked to. */
  to: EntityType;
  /** In a list of objects, the property holding the linked record's id. */
  idKey?: string;
  /** Further properties that tell two items with the same id apart (an actor's role in an event). */
  identity?: readonly string[];
  /** How an item reads in the history: "topic", "source". */
  noun: string;
  /**
   * The linked records must be published for this one to be (an event's people, places and
   * sources): publishing is refused while one is not, or publishes them too when asked.
   */
  mustBePublished?: boolean;
}

/** How a translator edits a localized field: one line, or markdown text. */
export type LocalizedFieldKind = "text" | "markdown";

/** A collection's translated fields: field name → how it is edited. Keys are fields of `labels`. */
export type LocalizedFields = Readonly<Record<string, LocalizedFieldKind>>;

/** A translatable part of a collection that is not a collection itself (a rating's series). */
export interface LocalizedPart {
  entityType: EntityType;
  /** For people: "Rating series". */
  label: string;
  /** Its table, which holds the English (each row's `id` and the fields below). */
  table: string;
  /** The column that names a row for editors. */
  titleField: string;
  localized: LocalizedFields;
  /** The fields as editors know them. */
  labels: Readonly<Record<string, string>>;
}

/**
 * How search.query finds a collection's published records (search/search.sql.ts builds the SQL from
 * this; the table's stored "searchVector", GIN-indexed, is what a query matches). A hit links to
 * the record's public page, so a searchable collection has `recordPages`.
 */
export interface SearchSpec {
  /** The column holding its title or name: a hit whose title matches comes first. */
  title: string;
  /** Its title's words are the stored, indexed "titleVector", not computed for every match. */
  storedTitleVector?: boolean;
  /** The columns its snippet is cut from, in order. */
  snippet: readonly string[];
  /** How hits of equal rank are ordered (then by id). */
  order: readonly { column: string; descending?: boolean }[];
  /**
   * People who may be protected: a protected one is matched, titled, cut from and ordered by their
   * pseudonym only, and never found by a misspelling of their name (actor/public-actor.sql.ts).
   */
  protectedIdentities?: boolean;
}

export interface CollectionConfig {
  /** Its type in revisions, the audit log and the changes feed. */
  entityType: EntityType;
  /** Prefix of its audit actions (`event.publish`) and its name in messages' code paths. */
  noun: string;
  /** For people: "Event", "Events". */
  label: string;
  plural: string;
  /** Where its list is, on the public site and in the admin alike ("/events"). */
  path: string;
  /**
   * Whether each published record has a public page at `${path}/${slug}` (the sitemap lists them).
   * Ratings have none: they are shown by series.
   */
  recordPages: boolean;
  /** Its table, whose rows a change locks (shared/tx.ts). */
  table: string;
  /**
   * Its fields that link to records of other collections. Scheduled publishing publishes those
   * first (a record due with what it links to finds it published); the history names the linked
   * records and matches list items by identity instead of position.
   */
  relations: Readonly<Record<string, Relation>>;
  /**
   * Each field of its form as editors know them, in form order: the admin's conflict panel and
   * history name fields with these. A test holds them to the fields the collection stores.
   */
  labels: Readonly<Record<string, string>>;
  /**
   * The fields translated into Russian and Kazakh (English is the source language), each with how
   * a translator edits it. Translation storage, the public reads' fallback, the translation editor
   * and the progress counts all derive from this (translation/translatable.ts).
   */
  localized?: LocalizedFields;
  /**
   * Translatable parts that are records of their own but no collection (a rating's series): each
   * with the fields translated, like `localized`.
   */
  localizedParts?: readonly LocalizedPart[];
  /** How the public finds its records in search; left out, search does not show them. */
  search?: SearchSpec;
  /** The public site's cache tags for it: `list` covers every list of the kind, `record` one page. */
  cacheTags: {
    list: string;
    record: string;
    /**
     * The other collections its public reads show (an actor's page lists events): its list and
     * its record pages also carry their list tags, so a change to those refreshes them.
     */
    shows?: { list?: readonly EntityType[]; record?: readonly EntityType[] };
  };
  /** A create input that works, as the API reference shows it (ids from `exampleId`). */
  example: Readonly<Record<string, unknown>>;
  /**
   * The admin's generic list and form for it (admin.ts). Left out, the admin must register an
   * editor of its own for the collection, or it does not compile.
   */
  admin?: AdminSpec;
}

/** An id for the API reference's examples: real calls take the ids that lists and creates return. */
export const exampleId = (name: string) => `cm3k2x0a10000${name.slice(0, 3)}00000001`;

/** Declares a collection; `const` keeps its names literal, so derived types know each one. */
export const defineCollection = <const C extends CollectionConfig>(config: C): C => config;
