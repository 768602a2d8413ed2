// A topic's facts and figures through the admin and the public read: saved with their citations,
// shown once published with their sources, kept by a save that sends none, and refused with a
// field message when a figure's qualifier or unit has no number or a fact cites nothing.
import { topicFacts } from "@kz/db/seed";
import { makeSource } from "@kz/db/testing";
import { beforeAll, describe, expect, it } from "vitest";

import { useTestDatabaseWithRoles } from "../testing/database";
import { expectBadRequest, publicCaller } from "../testing/public-caller";
import type { TopicForm } from "./topic.admin.schema";

const { db, as } = useTestDatabaseWithRoles("kz_topic_facts");

const ids: Record<string, string> = {};
beforeAll(async () => {
  ids.doc = (await makeSource(db(), { title: "The document" })).id;
  ids.draft = (await makeSource(db(), { title: "Unpublished memo", status: "DRAFT" })).id;
});

// The document's figure as the seed holds it, cited here from a source of the test's own.
const {
  topic: _topic,
  citations: [seededCitation],
  ...seeded
} = topicFacts.find((f) => f.label === "Religious organizations in Kazakhstan")!;
const QUOTE = seededCitation.quote!;
const FIGURE = { ...seeded, kind: "FIGURE" as const, value: seeded.value ?? null };
const figure = () => ({
  ...FIGURE,
  citations: [{ sourceId: ids.doc!, locator: "Religious freedom", quote: QUOTE }],
});
const form = (facts: TopicForm["facts"]): TopicForm => ({
  name: "Religious freedom",
  slug: "",
  overview: "In 1992 …",
  position: 3,
  citations: [],
  facts,
});

describe("a topic's facts", () => {
  it("are saved, published with their sources, and kept by a save that sends none", async () => {
    const instrument = {
      kind: "INSTRUMENT" as const,
      label: "United Nations Convention on the Rights of the Child",
      value: null,
      qualifier: "",
      unit: "",
      asOf: "",
      citations: [{ sourceId: ids.draft! }],
    };
    const created = await as.EDITOR.topic.admin.create(form([figure(), instrument]));
    const published = await as.EDITOR.topic.admin.publish({
      id: created.id,
      expectedVersion: created.version,
    });
    const { slug } = await db().topic.findUniqueOrThrow({ where: { id: created.id } });
    const topic = await publicCaller(db()).topic.bySlug({ slug });
    // The instrument cites only an unpublished source: not shown until that is published.
    expect(topic.facts).toEqual([
      {
        ...FIGURE,
        citations: [
          expect.objectContaining({
            source: expect.objectContaining({ title: "The document" }),
            quote: QUOTE,
          }),
        ],
      },
    ]);
    const edit = await as.EDITOR.topic.admin.getForEdit({ id: created.id });
    expect(edit.form.facts?.map((f) => [f.label, f.qualifier, f.asOf])).toEqual([
      ["Religious organizations in Kazakhstan", "over", "2014"],
      ["United Nations Convention on the Rights of the Child", null, null],
    ]);
    // Both facts' sources are known to the citation editors.
    expect(edit.citations.map((c) => c.source?.title).sort()).toEqual([
      "The document",
      "Unpublished memo",
    ]);

    // An API client from before facts sends none: they stay.
    const { facts: _dropped, ...withoutFacts } = form([]);
    const saved = await as.EDITOR.topic.admin.update({
      id: created.id,
      expectedVersion: published.version,
      ...withoutFacts,
      overview: "In 1992, Kazakhstan adopted …",
    });
    await as.EDITOR.topic.admin.publish({ id: created.id, expectedVersion: saved.version });
    expect(await db().topicFact.count({ where: { topicId: created.id } })).toBe(2);
  });

  it("refuses a qualifier without a number, a fact citing nothing, and a date that is not EDTF, changing nothing", async () => {
    const before = await db().topicFact.count();
    await expectBadRequest(
      as.EDITOR.topic.admin.create(form([{ ...figure(), value: null }])),
      "facts.0.value",
    );
    await expectBadRequest(
      as.EDITOR.topic.admin.create(form([{ ...figure(), citations: [] }])),
      "facts.0.citations",
    );
    await expectBadRequest(
      as.EDITOR.topic.admin.create(form([{ ...figure(), asOf: "as of 2014" }])),
      "facts.0.asOf",
    );
    expect(await db().topicFact.count()).toBe(before);
  });
});
