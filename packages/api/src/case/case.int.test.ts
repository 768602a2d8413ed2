import { makeActor, makeEvent, makeSource, makeTopic } from "@kz/db/testing";
import { beforeAll, describe, expect, it } from "vitest";

import { failure } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import { expectBadRequest, expectNotFound, publicCaller } from "../testing/public-caller";
import type { CaseEntryInput, CaseForm } from "./case.schema";

const { db, as } = useTestDatabaseWithRoles("kz_case");

const ids: Record<string, string> = {};

beforeAll(async () => {
  const [report, memo, draftReport, kozlov, witness, topic, event] = await Promise.all([
    makeSource(db(), { title: "HRW report", publisher: "Human Rights Watch" }),
    makeSource(db(), { title: "Memo withdrawn later" }),
    makeSource(db(), { title: "Unpublished memo", status: "DRAFT" }),
    makeActor(db(), { name: "Vladimir Kozlov", kind: "PERSON" }),
    makeActor(db(), { name: "Aigerim Secretname", kind: "PERSON", otherNames: ["A. S."] }),
    makeTopic(db(), { name: "Fair trial" }),
    makeEvent(db(), { title: "Trial in Aktau" }),
  ]);
  await db().actor.update({
    where: { id: witness.id },
    data: { isProtected: true, pseudonym: "Person A" },
  });
  Object.assign(ids, {
    report: report.id,
    memo: memo.id,
    draftReport: draftReport.id,
    kozlov: kozlov.id,
    witness: witness.id,
    topic: topic.id,
    topicSlug: topic.slug,
    event: event.id,
    eventSlug: event.slug,
  });
});

const cite = (sourceId = ids.report!) => [{ sourceId, locator: "p. 3", quote: null }];

const entry = (overrides: Partial<CaseEntryInput>): CaseEntryInput => ({
  date: "2014-03-02",
  datePrecision: "day",
  status: "detained",
  term: "",
  note: "",
  citations: cite(),
  ...overrides,
});

const caseForm = (overrides: Partial<CaseForm> = {}): CaseForm => ({
  title: `Case ${Math.random().toString(36).slice(2, 8)}`,
  slug: "",
  kind: "detention",
  summary: "Held after an unfair trial.",
  actorIds: [ids.kozlov!],
  unnamedCount: 0,
  charges: "Inciting social discord",
  articles: ["Criminal Code, art. 174"],
  authority: "Aktau City Court",
  detentionPlace: "",
  entries: [entry({ status: "arrested", date: "2012-01-23" })],
  findings: [],
  eventIds: [],
  topicIds: [],
  ...overrides,
});

async function published(form: CaseForm) {
  const created = await as.EDITOR.case.admin.create(form);
  return as.EDITOR.case.admin.publish({ id: created.id, expectedVersion: created.version });
}

const caseCount = () => db().case.count();

describe("a case's timeline", () => {
  // Entries are made inside each test: the sources they cite exist only once beforeAll has run.
  it.each([
    [
      "an entry dated before the arrest",
      () => [entry({ status: "arrested", date: "2014-03-02" }), entry({ date: "2013-12-31" })],
      "entries.1.date",
    ],
    [
      "a release with no detention before it",
      () => [entry({ status: "released", date: "2014-03-02" })],
      "entries.0.status",
    ],
    ["a sentence with no term", () => [entry({ status: "sentenced", term: "" })], "entries.0.term"],
    [
      "a sentence term that does not parse",
      () => [entry({ status: "sentenced", term: "several years" })],
      "entries.0.term",
    ],
    ["a term on anything but a sentence", () => [entry({ term: "7 years" })], "entries.0.term"],
  ])("refuses %s with a field message, saving nothing", async (_, entries, field) => {
    const before = await caseCount();
    await expectBadRequest(as.EDITOR.case.admin.create(caseForm({ entries: entries() })), field);
    expect(await caseCount()).toBe(before);
  });

  it("names the problem in words an editor reads", async () => {
    const error = await failure(
      as.EDITOR.case.admin.create(
        caseForm({ entries: [entry({ status: "sentenced", term: "several years" })] }),
      ),
    );
    expect(error.message).toContain("Write the term as");
  });

  it("refuses a case about nobody", async () => {
    await expectBadRequest(
      as.EDITOR.case.admin.create(caseForm({ actorIds: [], unnamedCount: 0 })),
      "actorIds",
    );
  });

  it("accepts terms as sources give them, and a year that contains the arrest's day", async () => {
    const created = await as.EDITOR.case.admin.create(
      caseForm({
        entries: [
          entry({ status: "sentenced", date: "2012-10-08", term: "7 years 6 months" }),
          entry({ status: "arrested", date: "2012-01-23" }),
          entry({ status: "charged", date: "2012-01-01", datePrecision: "year" }),
          entry({ status: "released", date: "2016-08-17" }),
        ],
      }),
    );
    const { form } = await as.EDITOR.case.admin.getForEdit({ id: created.id });
    // Saved in date order, each date at its precision.
    expect(form.entries.map((e) => [e.date, e.status, e.term])).toEqual([
      ["2012-01-01", "charged", null],
      ["2012-01-23", "arrested", null],
      ["2012-10-08", "sentenced", "7 years 6 months"],
      ["2016-08-17", "released", null],
    ]);
    const row = await db().case.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.lastStatus, row.lastStatusDate?.toISOString().slice(0, 10)]).toEqual([
      "RELEASED",
      "2016-08-17",
    ]);
  });
});

describe("publishing a case", () => {
  const refusal = async (form: CaseForm) => {
    const created = await as.EDITOR.case.admin.create(form);
    const error = await failure(
      as.EDITOR.case.admin.publish({ id: created.id, expectedVersion: created.version }),
    );
    return `${error.code}: ${error.message}`;
  };

  it("is refused with no timeline, or an entry citing no source", async () => {
    expect(await refusal(caseForm({ entries: [] }))).toMatch(/without a timeline/);
    expect(
      await refusal(caseForm({ entries: [entry({ status: "arrested", citations: [] })] })),
    ).toMatch(/citing no source: entry 1/);
  });

  it("is refused while a cited source is not public", async () => {
    expect(
      await refusal(
        caseForm({ entries: [entry({ status: "arrested", citations: cite(ids.draftReport) })] }),
      ),
    ).toMatch(/Publish the cited sources first: "Unpublished memo"/);
  });

  it("keeps the only source of a published case's entry from being withdrawn", async () => {
    const only = await makeSource(db(), { title: "Only witness statement" });
    await published(
      caseForm({
        title: "Held on one statement",
        entries: [entry({ status: "arrested", citations: cite(only.id) })],
      }),
    );
    const error = await failure(
      as.EDITOR.source.admin.unpublish({ id: only.id, expectedVersion: only.version }),
    );
    expect(error.message).toContain('"Held on one statement"');
    await db().case.deleteMany({ where: { title: "Held on one statement" } });
  });
});

describe("case.list and case.bySlug", () => {
  let slug = "";
  let draftSlug = "";
  beforeAll(async () => {
    await published(
      caseForm({
        title: "Vladimir Kozlov held",
        actorIds: [ids.kozlov!, ids.witness!],
        unnamedCount: 2,
        entries: [
          entry({ status: "arrested", date: "2012-01-23" }),
          entry({
            status: "detained",
            date: "2014-01-01",
            datePrecision: "year",
            citations: [...cite(ids.memo), ...cite()],
            note: "Remained in detention after unfair trials.",
          }),
        ],
        findings: [
          {
            body: "UN Working Group on Arbitrary Detention",
            finding: "Arbitrary detention",
            date: "",
            datePrecision: "year",
            citations: cite(),
          },
        ],
        eventIds: [ids.event!],
        topicIds: [ids.topic!],
      }),
    );
    await published(
      caseForm({
        title: "Unionist attacked",
        kind: "physical_attack",
        entries: [entry({ status: "attacked", date: "2018-11-10" })],
      }),
    );
    const draft = await as.EDITOR.case.admin.create(caseForm({ title: "Draft case" }));
    // A source withdrawn after the case was published: its footnotes leave the public case.
    await db().source.update({ where: { id: ids.memo }, data: { status: "DRAFT" } });
    const rows = await db().case.findMany({ select: { id: true, slug: true, title: true } });
    slug = rows.find((r) => r.title === "Vladimir Kozlov held")!.slug;
    draftSlug = rows.find((r) => r.id === draft.id)!.slug;
  });

  it("lists published cases with their last known status, its date and its public sources", async () => {
    const { items, held } = await publicCaller(db()).case.list();
    expect(items.map((c) => c.title)).toEqual(["Unionist attacked", "Vladimir Kozlov held"]);
    expect(items[1]?.lastKnown).toEqual({
      status: "detained",
      date: "2014-01-01",
      datePrecision: "year",
      term: null,
      sources: [{ slug: expect.any(String), name: "HRW report", publisher: "Human Rights Watch" }],
    });
    // Two named people and two not named were last known to be held, as of 2014.
    expect(held).toEqual({ cases: 1, people: 4, asOfFrom: "2014-01-01", asOfTo: "2014-01-01" });
  });

  it("filters by last known status, kind, year, topic, event and person", async () => {
    const titles = async (input: Parameters<ReturnType<typeof publicCaller>["case"]["list"]>[0]) =>
      (await publicCaller(db()).case.list(input)).items.map((c) => c.title);
    expect(await titles({ lastStatus: "attacked" })).toEqual(["Unionist attacked"]);
    expect(await titles({ kind: "detention" })).toEqual(["Vladimir Kozlov held"]);
    expect(await titles({ year: 2012 })).toEqual(["Vladimir Kozlov held"]);
    expect(await titles({ year: 2019 })).toEqual([]);
    expect(await titles({ topic: ids.topicSlug })).toEqual(["Vladimir Kozlov held"]);
    expect(await titles({ event: ids.eventSlug })).toEqual(["Vladimir Kozlov held"]);
    expect(await titles({ actor: "withheld-person-a" })).toEqual(["Vladimir Kozlov held"]);
    const kozlov = await db().actor.findUniqueOrThrow({ where: { id: ids.kozlov } });
    expect(await titles({ actor: kozlov.slug })).toEqual([
      "Unionist attacked",
      "Vladimir Kozlov held",
    ]);
    // A protected person is not found by their real address.
    const witness = await db().actor.findUniqueOrThrow({ where: { id: ids.witness } });
    expect(await titles({ actor: witness.slug })).toEqual([]);
  });

  it("shows the case with its timeline, findings and events, a protected person only by pseudonym", async () => {
    const detail = await publicCaller(db()).case.bySlug({ slug });
    expect(detail.people.map((p) => [p.name, p.nameWithheld])).toEqual([
      ["Vladimir Kozlov", false],
      ["Person A", true],
    ]);
    expect(detail.unnamedCount).toBe(2);
    expect(detail.entries.map((e) => [e.date, e.status, e.citations.length])).toEqual([
      ["2012-01-23", "arrested", 1],
      // The draft source's footnote is not shown.
      ["2014-01-01", "detained", 1],
    ]);
    expect(detail.findings).toEqual([
      expect.objectContaining({ body: "UN Working Group on Arbitrary Detention", date: null }),
    ]);
    expect(detail.events.map((e) => e.title)).toEqual(["Trial in Aktau"]);
    expect(JSON.stringify(detail)).not.toMatch(/Secretname|A\. S\./);
  });

  it("answers NOT_FOUND for a draft or unknown case", async () => {
    await expectNotFound(publicCaller(db()).case.bySlug({ slug: draftSlug }));
    await expectNotFound(publicCaller(db()).case.bySlug({ slug: "no-such-case" }));
  });
});
