// Protected identities (issue 14): a published protected person, linked to a published record of
// every collection that names people (and to a draft event behind a preview link), is looked for
// in everything the public can read — every public procedure of the router (read from the router
// itself, so a new one, a case's page for instance, is scanned without a change here), called with
// every input the scan can make that its schema accepts, and the sitemap's pages. Neither their
// name, nor any of their other names or a word of them, nor the slug made from the name, nor their
// description may be in any answer. The web's downloads and feeds are made from these reads
// (e2e/tests/web/protected-identities.spec.ts reads them over HTTP).
import { makePlace, makeRating, makeRatingSeries, makeSource, makeTopic } from "@kz/db/testing";
import { TRPCError } from "@trpc/server";
import superjson from "superjson";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { COLLECTIONS, type Relation } from "../collections";
import { publicRecordPaths } from "../collections/record-paths";
import { accessOf } from "../docs/access-of";
import { appRouter } from "../root";
import { COLLECTION_SAMPLES } from "../testing/collection-samples";
import { callerFor, eventFormInput, personForm, type Caller } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import type { RouterProcedure } from "./harness";

const { db, as } = useTestDatabaseWithRoles("protected_scan");

interface Person {
  name: string;
  otherNames: string[];
  description: string;
}

/** Protected from the start. */
const FROM_THE_START: Person = {
  name: "Qairat Nurtasovich Zhanbyrbayev",
  otherNames: ["Қайрат Жанбырбаев", "Kairat Zhanbyrbaev"],
  description: "Gave testimony about the beatings at the Shymkent remand centre in March.",
};
/** Public under their name first, protected later: nothing from before may remain either. */
const PROTECTED_LATER: Person = {
  name: "Aliya Sembekovna Toktarbayeva",
  otherNames: ["Әлия Тоқтарбаева"],
  description: "Former detainee who spoke to monitors after her release in Aktobe.",
};
/** Not protected: the scan must see them, or it would prove nothing. */
const CONTROL: Person = {
  name: "Yerzhan Kontrolbekov",
  otherNames: ["Ержан Контролбеков"],
  description: "Lawyer who represents several detainees.",
};

type Procedures = Record<string, RouterProcedure & { _def: { inputs: z.ZodType[] } }>;
const procedures = appRouter._def.procedures as unknown as Procedures;
const publicPaths = Object.keys(procedures).filter((path) => accessOf(path) === "public");

interface Seeded {
  id: string;
  realSlug: string;
  publicSlug: string;
  pseudonym: string;
}

const seeded: { protected: Seeded[]; control: Seeded; previewToken: string } = {
  protected: [],
  control: { id: "", realSlug: "", publicSlug: "", pseudonym: "" },
  previewToken: "",
};

/** A person created and published through the admin; protected when asked. */
async function publishedPerson(person: Person, isProtected: boolean): Promise<Seeded> {
  const created = await as.EDITOR.actor.admin.create({
    ...personForm(person.name),
    otherNames: person.otherNames,
    description: person.description,
    isProtected,
  });
  await as.EDITOR.actor.admin.publish({ id: created.id, expectedVersion: 1 });
  const row = await db().actor.findUniqueOrThrow({ where: { id: created.id } });
  const pseudonym = row.pseudonym ?? "";
  return {
    id: row.id,
    realSlug: row.slug,
    publicSlug: isProtected ? `withheld-${pseudonym.toLowerCase().replaceAll(" ", "-")}` : row.slug,
    pseudonym,
  };
}

/**
 * A published record of every collection that links to people (events, cases …), made from its
 * lifecycle sample with these people added to each of its relations to actors.
 */
async function recordsNaming(actorIds: string[]): Promise<number> {
  let made = 0;
  for (const collection of COLLECTIONS) {
    const relations: Record<string, Relation> = collection.relations;
    const toActors = Object.entries(relations).filter(([, r]) => r.to === "ACTOR");
    if (!toActors.length) continue;
    const { form } = await COLLECTION_SAMPLES[collection.entityType](db());
    for (const [field, relation] of toActors) {
      const items = actorIds.map((id) =>
        relation.idKey
          ? {
              [relation.idKey]: id,
              ...Object.fromEntries((relation.identity ?? []).map((k) => [k, "witness"])),
            }
          : id,
      );
      form[field] = [...((form[field] as unknown[] | undefined) ?? []), ...items];
    }
    const admin = (as.ADMIN as unknown as Record<string, { admin: AdminProcedures }>)[
      collection.noun
    ]!.admin;
    const created = await admin.create(form);
    await admin.publish({
      id: created.id,
      expectedVersion: created.version,
      withLinkedRecords: true,
    });
    made += 1;
  }
  return made;
}

interface AdminProcedures {
  create(input: unknown): Promise<{ id: string; version: number }>;
  publish(input: {
    id: string;
    expectedVersion: number;
    withLinkedRecords: boolean;
  }): Promise<unknown>;
}

beforeAll(async () => {
  const first = await publishedPerson(FROM_THE_START, true);
  const later = await publishedPerson(PROTECTED_LATER, false);
  const record = await as.EDITOR.actor.admin.getForEdit({ id: later.id });
  const saved = await as.EDITOR.actor.admin.update({
    id: later.id,
    expectedVersion: record.version,
    ...record.form,
    isProtected: true,
  });
  await as.EDITOR.actor.admin.publish({ id: later.id, expectedVersion: saved.version });
  const { pseudonym } = await db().actor.findUniqueOrThrow({ where: { id: later.id } });
  seeded.protected = [
    first,
    {
      ...later,
      pseudonym: pseudonym!,
      publicSlug: `withheld-${pseudonym!.toLowerCase().replaceAll(" ", "-")}`,
    },
  ];
  seeded.control = await publishedPerson(CONTROL, false);
  const ids = [...seeded.protected.map((p) => p.id), seeded.control.id];
  expect(await recordsNaming(ids)).toBeGreaterThan(0);

  // One published record of each kind besides, so that every public read has something to show.
  const source = await makeSource(db());
  await makeTopic(db(), { citations: [source.id] });
  await makePlace(db(), "Shymkent");
  await makeRating(db(), {
    seriesId: (await makeRatingSeries(db())).id,
    year: 2024,
    citations: [source.id],
  });

  // A draft event naming them, behind a preview link.
  const draft = await as.EDITOR.event.admin.create(
    eventFormInput({
      title: "A hearing not yet published",
      actors: ids.map((actorId) => ({ actorId, role: "witness" })),
      citations: [{ sourceId: source.id, locator: "", quote: "" }],
    }),
  );
  seeded.previewToken = (
    await as.EDITOR.preview.createToken({ entityType: "EVENT", id: draft.id })
  ).token;
}, 60_000);

/** What must never reach the public: the names, every word of them, the slug, the description. */
function forbidden(): string[] {
  const people = [FROM_THE_START, PROTECTED_LATER];
  const names = people.flatMap((p) => [p.name, ...p.otherNames]);
  const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length >= 4);
  return [
    ...names,
    ...words,
    ...people.map((p) => p.description),
    ...seeded.protected.map((p) => p.realSlug),
  ].map((s) => s.toLowerCase());
}

/** Every input the scan tries: the schema of each procedure keeps those it accepts. */
async function candidateInputs(): Promise<unknown[]> {
  const people = [FROM_THE_START, PROTECTED_LATER, CONTROL];
  const texts = [
    ...people.flatMap((p) => [p.name, ...p.otherNames, ...p.name.split(" ")]),
    ...people.flatMap((p) => p.name.split(" ").map((w) => w.slice(0, 5))),
    ...seeded.protected.map((p) => p.pseudonym),
    "Person",
    "witness",
    "hearing",
  ];
  const pages = await publicRecordPaths(db());
  const series = await db().ratingSeries.findMany({ select: { slug: true } });
  const slugs = [
    ...pages.map((p) => p.split("/").pop()!),
    ...series.map((s) => s.slug),
    ...seeded.protected.flatMap((p) => [p.realSlug, p.publicSlug]),
  ];
  const ids = [...seeded.protected.map((p) => p.id), seeded.control.id];
  const values: Record<string, string[]> = {
    slug: slugs,
    actor: slugs,
    series: slugs,
    topic: slugs,
    place: slugs,
    q: texts,
    token: [seeded.previewToken],
    id: ids,
  };
  const limits = [{}, { limit: 50 }, { limit: 100 }, { limit: 1000 }];
  // A record's public history is asked for by its kind's address and its slug.
  const histories = [
    ...pages.map((p) => p.split("/").slice(-2)),
    ...seeded.protected.flatMap((p) => [p.realSlug, p.publicSlug].map((slug) => ["actors", slug])),
  ].map(([collection, slug]) => ({ collection, slug }));
  return [
    undefined,
    ...histories,
    ...limits,
    ...Object.entries(values).flatMap(([key, list]) =>
      list.flatMap((value) => limits.map((limit) => ({ [key]: value, ...limit }))),
    ),
  ];
}

/** Calls `path` on `caller` with `input`. */
function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

describe("a protected person", () => {
  it("is in no answer of any public procedure, nor in the sitemap", async () => {
    const visitor = callerFor(db(), null);
    const banned = forbidden();
    const leaks: string[] = [];
    const answered = new Set<string>();
    const seen: string[] = [];
    const check = (where: string, text: string, input: string) => {
      const lower = text.toLowerCase();
      for (const term of banned) {
        if (lower.includes(term) && !input.toLowerCase().includes(term))
          leaks.push(`${where}: “${term}”`);
      }
    };
    const inputs = await candidateInputs();
    let calls = 0;
    for (const path of publicPaths) {
      const schema = procedures[path]!._def.inputs[0];
      const tried = new Set<string>();
      for (const candidate of inputs) {
        const parsed = schema ? schema.safeParse(candidate) : { success: true, data: candidate };
        if (!parsed.success) continue;
        const key = JSON.stringify(parsed.data) ?? "undefined";
        if (tried.has(key)) continue;
        tried.add(key);
        calls += 1;
        const where = `${path}(${key})`;
        try {
          const text = superjson.stringify(await call(visitor, path, parsed.data));
          answered.add(path);
          seen.push(text);
          // An answer never repeats its input's search words: none may be the name either.
          check(where, text, "");
        } catch (error) {
          if (!(error instanceof TRPCError)) throw error;
          // A refusal may quote its input; nothing else from the record.
          check(`${where} refused`, `${error.code} ${error.message}`, key);
        }
      }
    }
    const sitemap = (await publicRecordPaths(db())).join("\n");
    check("sitemap", sitemap, "");

    expect(leaks).toEqual([]);
    // Every public procedure answered something, so none was left unscanned.
    expect(publicPaths.filter((p) => !answered.has(p))).toEqual([]);
    expect(calls).toBeGreaterThan(publicPaths.length);
    // The scan reads people where the public does: the control by name, the protected by pseudonym.
    const all = [...seen, sitemap].join("\n");
    expect(all).toContain(CONTROL.name);
    expect(all).toContain(CONTROL.otherNames[0]);
    for (const person of seeded.protected) {
      expect(all).toContain(person.pseudonym);
      expect(sitemap).toContain(`/actors/${person.publicSlug}`);
    }
  }, 120_000);
});
