// publicActor (public-actor.ts) in SQL, for the reads that sort or search actors in the database:
// a protected person sorts and matches by pseudonym only. Fixed SQL over the alias `t`.
import { Prisma } from "@kz/db";

import { DEFAULT_PSEUDONYM } from "./public-actor";

/** The name the public sees. */
export const PUBLIC_ACTOR_NAME = Prisma.sql`(CASE WHEN t."isProtected"
  THEN COALESCE(NULLIF(btrim(t.pseudonym), ''), ${DEFAULT_PSEUDONYM}) ELSE t.name END)`;

/**
 * What full-text search matches: the stored searchVector (name, description), or for a protected
 * person the pseudonym's words alone, so that neither their name nor its prefix finds them.
 */
export const PUBLIC_ACTOR_VECTOR = Prisma.sql`(CASE WHEN t."isProtected"
  THEN to_tsvector('simple', COALESCE(t.pseudonym, '')) ELSE t."searchVector" END)`;

/** The text a search snippet is cut from: nothing of a protected person's. */
export const PUBLIC_ACTOR_SNIPPET = Prisma.sql`(CASE WHEN t."isProtected" THEN '' ELSE t.description END)`;
