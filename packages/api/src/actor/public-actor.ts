// What the public may know of an actor. A protected person (a witness, a detainee at risk) is shown
// only under a pseudonym, at an address made from it: nothing the public receives holds their
// name, other names, description or a slug made from the name. Every public read of actors goes
// through publicActor (and, in SQL, public-actor.sql.ts).
import type { Db, Prisma } from "@kz/db";

import { slugify } from "../shared/slug";
import { publishedActor } from "../shared/visibility";

/** The columns every public read of an actor selects, so that protection can be applied. */
export const publicActorSelect = {
  slug: true,
  name: true,
  kind: true,
  isProtected: true,
  pseudonym: true,
} satisfies Prisma.ActorSelect;

export type PublicActorRow = Prisma.ActorGetPayload<{ select: typeof publicActorSelect }>;

/** The prefix of a protected person's public address: `/actors/withheld-person-a`. */
export const WITHHELD_SLUG_PREFIX = "withheld-";

/** How the public names a protected person whose pseudonym is not set (the admin always sets one). */
export const DEFAULT_PSEUDONYM = "Name withheld";

/** The name the public sees for a protected person. */
const pseudonymOf = (actor: { pseudonym: string | null }) =>
  actor.pseudonym?.trim() || DEFAULT_PSEUDONYM;

/** The public slug of a protected person, made from the pseudonym (never from the name). */
export const withheldSlug = (actor: { pseudonym: string | null }): string =>
  `${WITHHELD_SLUG_PREFIX}${slugify(pseudonymOf(actor), "person")}`;

export interface PublicActor {
  slug: string;
  name: string;
  kind: PublicActorRow["kind"];
  /** A protected person, shown by pseudonym: the public page says "name withheld". */
  nameWithheld: boolean;
}

/** An actor as the public may see it: a protected person by pseudonym only. */
export function publicActor(actor: PublicActorRow): PublicActor {
  if (!actor.isProtected)
    return { slug: actor.slug, name: actor.name, kind: actor.kind, nameWithheld: false };
  return {
    slug: withheldSlug(actor),
    name: pseudonymOf(actor),
    kind: actor.kind,
    nameWithheld: true,
  };
}

/** The fields only an unprotected actor's public page shows: none of a protected person's. */
export function publicActorDetails(actor: {
  isProtected: boolean;
  otherNames: string[];
  description: string;
}): { otherNames: string[]; description: string } {
  return actor.isProtected
    ? { otherNames: [], description: "" }
    : { otherNames: actor.otherNames, description: actor.description };
}

/** Sorts by the name the public sees, as lists of actors must (the real one's place would tell). */
export const byPublicName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name);

/**
 * The id of the published actor at this public address, or null: a protected person is found
 * only by their withheld slug, never by the slug made from their name.
 */
export async function publicActorIdBySlug(db: Db, slug: string): Promise<string | null> {
  if (!slug.startsWith(WITHHELD_SLUG_PREFIX)) {
    const row = await db.actor.findFirst({
      where: { slug, ...publishedActor, isProtected: false },
      select: { id: true },
    });
    return row?.id ?? null;
  }
  // Few people are protected: their slugs are made here rather than stored.
  const rows = await db.actor.findMany({
    where: { ...publishedActor, isProtected: true },
    select: { id: true, pseudonym: true },
    orderBy: { id: "asc" },
  });
  return rows.find((r) => withheldSlug(r) === slug)?.id ?? null;
}
