// Every statement shape search.query sends is served by its search index. Each table gets a few
// thousand rows of unrelated text, so that the planner prefers the selective index to reading
// every published row, and sequential scans are disabled: the planner still falls back to one when
// no index fits, so a Seq Scan here is a shape that would read a whole table at 100 000 events.
import { Prisma } from "@kz/db";
import { makeActor, makeCase, makeEvent, makeSource, makeTopic } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { tsQuery } from "../shared/fulltext.sql";
import { useTestDatabase } from "../testing/database";
import {
  correctionSql,
  expandedQuery,
  glossarySql,
  hitsSql,
  TARGETS,
  WORD_SIMILARITY_THRESHOLD,
  type GlossaryMatch,
} from "./search.sql";

const db = useTestDatabase();

// Below ~10 000 rows a trigram index's estimated cost exceeds walking the published rows.
const CLONES = 10_000;
// Text that search reads, replaced in the clones by words nobody searches for.
const TEXT_COLUMNS = new Set([
  "title",
  "name",
  "summary",
  "body",
  "notes",
  "overview",
  "description",
  "charges",
  "publisher",
  "authority",
]);

/** CLONES copies of each row of `table` with new ids and slugs and meaningless text. */
async function cloneRows(table: string) {
  const columns = await db().$queryRaw<{ column_name: string }[]>`
    SELECT column_name FROM information_schema.columns
    WHERE table_name = ${table} AND is_generated = 'NEVER'`;
  const names = columns.map((c) => c.column_name);
  const value = (column: string) =>
    column === "id" || column === "slug"
      ? `t."${column}" || '-' || g`
      : TEXT_COLUMNS.has(column)
        ? `md5(g || '${column}')`
        : `t."${column}"`;
  await db().$executeRawUnsafe(
    `INSERT INTO "${table}" (${names.map((c) => `"${c}"`).join(", ")})
     SELECT ${names.map(value).join(", ")} FROM "${table}" t, generate_series(1, ${CLONES}) g`,
  );
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

async function planOf(statement: Prisma.Sql, setUp: Prisma.Sql[] = []): Promise<PlanNode[]> {
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    for (const sql of setUp) await tx.$queryRaw(sql);
    const [row] = await tx.$queryRaw<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(
      Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`,
    );
    return nodesOf(row!["QUERY PLAN"][0]!.Plan);
  });
}

const seqScans = (nodes: PlanNode[]) =>
  nodes.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"]);
const indexesUsed = (nodes: PlanNode[]) =>
  nodes.flatMap((n) => (n["Index Name"] ? [n["Index Name"]] : []));

async function expanded(words: string[]): Promise<Prisma.Sql> {
  return expandedQuery(await db().$queryRaw<GlossaryMatch[]>(glossarySql(words)))!;
}

describe("search.query's statements", () => {
  it("seeds a little of everything", async () => {
    await makeEvent(db(), { title: "Zhanaozen oil workers strike", summary: "Torture." });
    await makeCase(db(), { title: "Zhanaozen strike leaders imprisoned" });
    await makeSource(db(), { title: "Zhanaozen: the aftermath" });
    await makeTopic(db(), { name: "Protests" });
    const witness = await makeActor(db(), { name: "Nursultan Nazarbayev", kind: "PERSON" });
    await db().actor.update({
      where: { id: witness.id },
      data: { isProtected: true, pseudonym: "Witness" },
    });
    for (const table of ["Event", "Case", "Source", "Topic", "Actor"]) await cloneRows(table);
    await db().$executeRawUnsafe("ANALYZE");
  });

  // What finds the hits; events whose title matches are found through the title's own index.
  const MATCH_INDEX = {
    event: "Event_searchVector_idx",
    source: "Source_searchVector_idx",
    topic: "Topic_searchVector_idx",
    case: "Case_searchVector_idx",
    actor: "Actor_searchVector_idx",
  };
  const queries: [string, () => Promise<Prisma.Sql>][] = [
    ["a Latin query", async () => tsQuery("Zhanaozen strike")],
    ["a Cyrillic query", () => expanded(["пытки", "жанаозене"])],
  ];
  for (const name of Object.keys(TARGETS)) {
    for (const [kind, query] of queries) {
      it.each([true, false])(`hits in ${name} for ${kind} (title matches: %s)`, async (titled) => {
        const plan = await planOf(hitsSql(await query(), { [name]: 10 }, titled));
        expect(seqScans(plan)).toEqual([]);
        const index =
          name === "event" && titled
            ? "Event_titleVector_idx"
            : MATCH_INDEX[name as keyof typeof TARGETS];
        expect(indexesUsed(plan), JSON.stringify(indexesUsed(plan))).toContain(index);
      });
    }
  }

  // As the service sends it: every table's hits in one statement.
  it.each([true, false])(
    "finds every table's hits in one statement through its index (title matches: %s)",
    async (titled) => {
      const limits = Object.fromEntries(Object.keys(TARGETS).map((name) => [name, 10]));
      const plan = await planOf(hitsSql(tsQuery("Zhanaozen strike"), limits, titled));
      expect(seqScans(plan)).toEqual([]);
      const indexes = Object.values(MATCH_INDEX).filter(
        (i) => !(titled && i === MATCH_INDEX.event),
      );
      expect(indexesUsed(plan)).toEqual(
        expect.arrayContaining(titled ? [...indexes, "Event_titleVector_idx"] : indexes),
      );
    },
  );

  it("finds the actors' matches through both indexes, protected or not", async () => {
    const plan = await planOf(hitsSql(tsQuery("witness"), { actor: 10 }, false));
    expect(indexesUsed(plan)).toEqual(
      expect.arrayContaining(["Actor_searchVector_idx", "Actor_pseudonym_search_idx"]),
    );
  });

  it("looks for a correction through each table's trigram index", async () => {
    const plan = await planOf(correctionSql("zhanozen"), [WORD_SIMILARITY_THRESHOLD]);
    expect(seqScans(plan)).toEqual([]);
    expect(indexesUsed(plan)).toEqual(
      expect.arrayContaining([
        "Event_title_trgm_idx",
        "Case_title_trgm_idx",
        "Source_title_trgm_idx",
        "Topic_name_trgm_idx",
        "Actor_name_trgm_idx",
      ]),
    );
  });

  it("reads no table to look words up in the glossary", async () => {
    const plan = await planOf(glossarySql(["пытки", "азаптау"]));
    expect(plan.filter((n) => n["Relation Name"])).toEqual([]);
  });
});
