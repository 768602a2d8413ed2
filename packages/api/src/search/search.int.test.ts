import { makeActor, makeCase, makeEvent, makeSource, makeTopic } from "@kz/db/testing";
import type { Prisma } from "@kz/db";
import { describe, expect, it, vi } from "vitest";

import { MATCH_START, MATCH_STOP, prefixQueryText } from "../shared/fulltext";
import { useSeededTestDatabase } from "../testing/database";
import { expectBadRequest } from "../testing/public-caller";

const { db, caller } = useSeededTestDatabase(async (client) => {
  const hiddenTopic = await makeTopic(client, { name: "Hidden topic", status: "DRAFT" });
  await makeEvent(client, {
    title: "Zhanaozen oil workers strike",
    startDate: "2011-12-16",
    summary: "Police opened fire on striking oil workers in Zhanaozen.",
    body: "At least 14 people were killed.",
    topicIds: [hiddenTopic.id],
  });
  await makeEvent(client, {
    title: "Police reform announced",
    startDate: "2012-03-01",
    summary: "A reform of the police.",
    body: "It followed the strike in the west and the strikes elsewhere.",
  });
  await makeEvent(client, {
    title: "Protest in Almaty",
    startDate: "2022-01-04",
    summary: "Fuel prices.",
    body: "Thousands gathered.",
  });
  await makeEvent(client, {
    title: "Land code amended",
    startDate: "2016-05-01",
    summary: "The amendments drew a protest.",
    body: `Markup stays text: <script>alert(1)</script> ${MATCH_START}forged${MATCH_STOP} & "quotes".`,
  });
  await makeEvent(client, {
    title: "Zhanaozen draft",
    summary: "Protest strike draft.",
    status: "DRAFT",
  });
  await makeEvent(client, { title: "Zhanaozen archived protest", status: "ARCHIVED" });
  await makeEvent(client, { title: "Zhanaozen trashed protest", deleted: true });

  await makeSource(client, {
    title: "Zhanaozen: the aftermath",
    publisher: "Human Rights Watch",
    kind: "REPORT",
    notes: "Documents protests and strikes.",
  });
  await makeSource(client, { title: "Zhanaozen draft source", status: "DRAFT" });
  await makeSource(client, { title: "Zhanaozen trashed source", deleted: true });

  await makeTopic(client, {
    name: "Protests and assembly",
    overview: "Protest is restricted. Zhanaozen is the best known case.",
  });
  await makeTopic(client, { name: "Zhanaozen draft topic", status: "DRAFT" });
  await makeTopic(client, { name: "Zhanaozen trashed topic", deleted: true });

  await makeActor(client, {
    name: "Zhanaozen city court",
    kind: "GOVERNMENT_BODY",
    description: "Tried the striking oil workers.",
  });
  await makeActor(client, { name: "Zhanaozen ghost", deleted: true });

  await makeCase(client, {
    title: "Zhanaozen strike leaders imprisoned",
    summary: "Oil workers who led the strike were convicted.",
    charges: "Inciting social discord",
  });
  await makeCase(client, { title: "Zhanaozen draft case", status: "DRAFT" });
  await makeCase(client, { title: "Zhanaozen trashed case", deleted: true });

  await makeEvent(client, {
    title: "Nazarbayev dismisses the government",
    startDate: "2019-02-21",
    summary: "In 2019, Nursultan Nazarbayev dismissed the government.",
  });
  await makeActor(client, { name: "Nursultan Nazarbayev", kind: "PERSON" });
  await makeEvent(client, {
    title: "Report on prisons",
    startDate: "2014-06-01",
    summary: "Conditions were described. Detainees reported torture in custody.",
    body: "The report was published in June.",
  });
  await makeSource(client, {
    title: "Statement on the prisons report",
    publisher: "Amnesty International",
    kind: "STATEMENT",
    notes:
      "The source document does not give this source's title; the title here describes it. " +
      "The document says Amnesty International called the prisons report encouraging.",
  });
  const witness = await makeActor(client, { name: "Bolatbek Secretov", kind: "PERSON" });
  await client.actor.update({
    where: { id: witness.id },
    data: { isProtected: true, pseudonym: "Witness Bravo" },
  });
});

const names = (hits: ({ title: string } | { name: string })[]) =>
  hits.map((h) => ("title" in h ? h.title : h.name));

describe("search.query", () => {
  it("finds by stem, both ways", async () => {
    const plural = await caller.search.query({ q: "protests" });
    expect(names(plural.events)).toEqual(["Protest in Almaty", "Land code amended"]);
    expect(names(plural.topics)).toEqual(["Protests and assembly"]);
    expect(names(plural.sources)).toEqual(["Zhanaozen: the aftermath"]);

    const singular = await caller.search.query({ q: "strike" });
    expect(names(singular.events)).toEqual([
      "Zhanaozen oil workers strike",
      "Police reform announced",
    ]);
    expect(names(singular.actors)).toEqual(["Zhanaozen city court"]);
  });

  it("finds names by prefix in every kind of record", async () => {
    const result = await caller.search.query({ q: "Zhanao" });
    expect(names(result.events)).toEqual(["Zhanaozen oil workers strike"]);
    expect(names(result.sources)).toEqual(["Zhanaozen: the aftermath"]);
    expect(names(result.topics)).toEqual(["Protests and assembly"]);
    expect(names(result.actors)).toEqual(["Zhanaozen city court"]);
    expect(names(result.cases)).toEqual(["Zhanaozen strike leaders imprisoned"]);
    expect(result.cases[0]?.kind).toBe("detention");
    // By stem, in the charges too.
    expect(names((await caller.search.query({ q: "incite discord" })).cases)).toEqual([
      "Zhanaozen strike leaders imprisoned",
    ]);
    expect(names((await caller.search.query({ q: "zhanaozen oil wor" })).events)).toEqual([
      "Zhanaozen oil workers strike",
    ]);
  });

  it("ranks title hits above body hits", async () => {
    const { events } = await caller.search.query({ q: "police" });
    expect(names(events)).toEqual(["Police reform announced", "Zhanaozen oil workers strike"]);
    expect(events[0]!.rank).toBeGreaterThan(events[1]!.rank);
    const strike = (await caller.search.query({ q: "strikes" })).events;
    expect(strike[0]!.title).toBe("Zhanaozen oil workers strike");
    expect(strike[0]!.rank).toBeGreaterThan(strike[1]!.rank);
  });

  it("returns summaries with a highlighted snippet as plain-text segments", async () => {
    const { events } = await caller.search.query({ q: "killed" });
    expect(events).toHaveLength(1);
    const [hit] = events;
    expect(hit).toMatchObject({
      title: "Zhanaozen oil workers strike",
      startDate: "2011-12-16",
      datePrecision: "day",
      topics: [], // the hidden topic stays hidden
    });
    expect(hit!.snippet.filter((s) => s.match)).toEqual([{ text: "killed", match: true }]);
    expect(hit!.snippet.map((s) => s.text).join("")).toContain("14 people were killed");
  });

  it("cannot be made to mark text by markers stored in the record", async () => {
    const { events } = await caller.search.query({ q: "markup" });
    expect(names(events)).toEqual(["Land code amended"]);
    const segments = events[0]!.snippet;
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["Markup"]);
    const text = segments.map((s) => s.text).join("");
    expect(text).toContain("forged");
    expect(text).not.toMatch(new RegExp(`[${MATCH_START}${MATCH_STOP}]`));
  });

  it("finds nothing unpublished or deleted", async () => {
    // Nor suggests their words: "ghosst" is one letter from a trashed actor's name.
    for (const q of ["draft", "archived", "trashed", "ghost", "hidden topic", "ghosst", "drafd"]) {
      const result = await caller.search.query({ q });
      expect(result).toEqual({
        events: [],
        cases: [],
        sources: [],
        topics: [],
        actors: [],
        correction: null,
      });
    }
  });

  it("limits each kind of hit", async () => {
    const result = await caller.search.query({ q: "strike", limit: 1 });
    expect(names(result.events)).toEqual(["Zhanaozen oil workers strike"]);
  });

  it.each([
    `"`,
    `'`,
    "&|!():*",
    "zhanaozen:* & !oil | (strike",
    "<-> <1> !!! ::",
    '\'; DROP TABLE "Event"; --',
    "1' OR '1'='1",
    "$1 $$ \\ \\\\ %_",
    'strike -police "oil workers" or',
    "\u0000strike\u0007",
    "\uD800 lone surrogate",
    "的 ж 😀",
  ])("never errors on hostile input %j", async (q) => {
    const result = await caller.search.query({ q });
    expect(Object.keys(result)).toEqual([
      "events",
      "cases",
      "sources",
      "topics",
      "actors",
      "correction",
    ]);
  });

  it("builds prefix queries Postgres always accepts, for random hostile input", async () => {
    const alphabet = [..."aZж1 -\"'&|!():*<>\\%_;$"];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const inputs = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 30) }, () => {
        return alphabet[Math.floor(random() * alphabet.length)];
      }).join(""),
    );
    for (const q of inputs) {
      const prefix = prefixQueryText(q);
      if (prefix !== null) await db().$queryRaw`SELECT to_tsquery('simple', ${prefix})::text`;
    }
    for (const q of inputs.slice(0, 40)) {
      if (q.trim()) await caller.search.query({ q });
    }
  });

  it("keeps the websearch syntax: quoted phrases and exclusions", async () => {
    const phrase = await caller.search.query({ q: `"oil workers" -police` });
    expect(names(phrase.events)).toEqual([]);
    const exclusion = await caller.search.query({ q: "strike -reform" });
    expect(names(exclusion.events)).toContain("Zhanaozen oil workers strike");
  });

  it.each([
    ["Жанаозен", "Russian"],
    ["Жаңаөзен", "Kazakh"],
  ])("finds %s (%s) through its Latin spelling", async (q) => {
    const result = await caller.search.query({ q });
    expect(names(result.events)).toEqual(["Zhanaozen oil workers strike"]);
    expect(names(result.actors)).toEqual(["Zhanaozen city court"]);
    expect(names(result.cases)).toEqual(["Zhanaozen strike leaders imprisoned"]);
    expect(result.correction).toBeNull();
    expect(result.events[0]!.snippet.filter((s) => s.match)).toEqual([
      { text: "Zhanaozen", match: true },
    ]);
  });

  it.each(["пытки", "пыткам", "азаптау", "азаптаулар"])(
    "finds torture through the glossary: %s",
    async (q) => {
      const { events } = await caller.search.query({ q });
      expect(names(events)).toEqual(["Report on prisons"]);
      // The snippet starts at the sentence that matched.
      expect(events[0]!.snippet.map((s) => s.text).join("")).toMatch(
        /^Detainees reported torture in custody\. /,
      );
    },
  );

  it("needs every Cyrillic word to match, and drops Russian stop words", async () => {
    expect(names((await caller.search.query({ q: "пытки в Жанаозен" })).events)).toEqual([]);
    expect(names((await caller.search.query({ q: "забастовка в Жанаозене" })).events)).toEqual([
      "Zhanaozen oil workers strike",
    ]);
    expect(names((await caller.search.query({ q: "забастовка Жанаозен" })).events)).toEqual([
      "Zhanaozen oil workers strike",
    ]);
  });

  it("reads a Cyrillic word's stem and glossary English once, then the same hits without it", async () => {
    const glossaryReads = vi.spyOn(db(), "$queryRaw");
    const readsOfGlossary = () =>
      glossaryReads.mock.calls.filter(([sql]) =>
        String((sql as Prisma.Sql).sql).includes("ts_lexize"),
      ).length;
    try {
      const first = await caller.search.query({ q: "забастовки Жанаозена" });
      expect(readsOfGlossary()).toBe(1);
      const again = await caller.search.query({ q: "Жанаозена забастовки" });
      expect(readsOfGlossary()).toBe(1);
      expect(names(again.events)).toEqual(names(first.events));
      expect(names(first.events)).toEqual(["Zhanaozen oil workers strike"]);
    } finally {
      glossaryReads.mockRestore();
    }
  });

  it("corrects a typo when the query finds nothing, and says so", async () => {
    const result = await caller.search.query({ q: "Zhanozen" });
    expect(result.correction).toEqual({ q: "Zhanaozen", applied: true });
    expect(names(result.events)).toEqual(["Zhanaozen oil workers strike"]);
    const cyrillic = await caller.search.query({ q: "Жанозен" });
    expect(cyrillic.correction).toEqual({ q: "Zhanaozen", applied: true });
  });

  it("finds a name in another common spelling", async () => {
    const latin = await caller.search.query({ q: "Nazarbaev" });
    expect(latin.correction).toEqual({ q: "Nazarbayev", applied: true });
    // In Cyrillic, its Russian stem (назарба) is enough: no correction needed.
    const cyrillic = await caller.search.query({ q: "Назарбаев" });
    expect(cyrillic.correction).toBeNull();
    for (const result of [latin, cyrillic]) {
      expect(names(result.events)).toEqual(["Nazarbayev dismisses the government"]);
      expect(names(result.actors)).toEqual(["Nursultan Nazarbayev"]);
    }
  });

  it("suggests a correction without applying it when the query finds a little", async () => {
    // "prisons" finds the report; "Zhanozen" finds nothing: together they find one thing less.
    const result = await caller.search.query({ q: "Zhanozen or prisons" });
    expect(result.correction).toEqual({ q: "Zhanaozen or prisons", applied: false });
    expect(names(result.events)).toEqual(["Report on prisons"]);
    expect((await caller.search.query({ q: "Zhanaozen" })).correction).toBeNull();
  });

  it("never finds or suggests a protected person's name", async () => {
    for (const q of ["Secretov", "Secretof", "Bolatbek"]) {
      const result = await caller.search.query({ q });
      expect(result.actors).toEqual([]);
      expect(result.correction).toBeNull();
    }
    expect(names((await caller.search.query({ q: "Witness Bravo" })).actors)).toEqual([
      "Witness Bravo",
    ]);
  });

  it("never shows the note that the source document gives no title", async () => {
    const { sources } = await caller.search.query({ q: "prisons report" });
    expect(names(sources)).toEqual(["Statement on the prisons report"]);
    const text = sources[0]!.snippet.map((s) => s.text).join("");
    expect(text).toBe(
      "The document says Amnesty International called the prisons report encouraging.",
    );
  });

  it.each([
    [{}, "q"],
    [{ q: "" }, "q"],
    [{ q: " \n\t " }, "q"],
    [{ q: "x".repeat(201) }, "q"],
    [{ q: 42 }, "q"],
    [{ q: "strike", limit: 0 }, "limit"],
    [{ q: "strike", limit: 51 }, "limit"],
  ])("refuses %j with BAD_REQUEST naming the field", async (input, field) => {
    await expectBadRequest(caller.search.query(input as never), field);
  });
});
