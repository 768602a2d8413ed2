// A kind of record, declared once (issue 11): the client-safe part of a collection, which both apps
// and the API read. Free of server imports, so the public site can import it as it is.
import type { EntityType } from "@kz/db";

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
  /** Its table, whose rows a change locks (shared/tx.ts). */
  table: string;
  /**
   * The collections its records link to, by entity type: scheduled publishing publishes those
   * first, so a record due at the same time as what it links to finds it published.
   */
  links: readonly EntityType[];
  /** The public site's cache tags for it: `list` covers every list of the kind, `record` one page. */
  cacheTags: { list: string; record: string };
}

/** Declares a collection; `const` keeps its names literal, so derived types know each one. */
export const defineCollection = <const C extends CollectionConfig>(config: C): C => config;
