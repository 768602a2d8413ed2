// The cross-check of the topics' facts and figures (issue 21, item 3): each fact's number, qualifier,
// unit, as-of date and names stand in the sentence its citation quotes, and a doctored copy of each
// kind of fact fails. The data migration that adds them is the SQL written from the same data.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { DATA_MIGRATION_HEADER } from "../migrate";
import { factProblems, indexDocument } from "./check";
import { sources, topicFacts, topics } from "./data";
import { committedMigration } from "./testing";
import { topicFactsSql } from "./topic-facts-sql";
import type { SeedTopicFact } from "./types";

const doc = indexDocument(
  readFileSync(new URL("./document/human-rights-in-kazakhstan.txt", import.meta.url), "utf8"),
);
const sourceBySlug = new Map(sources.map((s) => [s.slug, s]));
const problems = (fact: SeedTopicFact) => factProblems(doc, fact, sourceBySlug);
const fact = (label: string) => {
  const found = topicFacts.find((f) => f.label === label);
  if (!found) throw new Error(`No fact "${label}"`);
  return found;
};
const RELIGIOUS = "Religious organizations in Kazakhstan";

describe("the topics' facts against the document", () => {
  it("finds nothing in the seeded facts, each on a seeded topic", () => {
    const slugs = new Set(topics.map((t) => t.slug));
    for (const f of topicFacts) {
      expect(problems(f), f.label).toEqual([]);
      expect(slugs.has(f.topic), f.topic).toBe(true);
    }
  });

  it("keeps the figures the issue lists, with the document's qualifiers", () => {
    const figures = topicFacts
      .filter((f) => f.kind === "FIGURE")
      .map((f) => [f.qualifier ?? "", f.value, f.unit, f.asOf ?? ""].join(" ").trim());
    expect(figures).toEqual([
      "over 3400 religious organizations 2014",
      "nearly 200 centres",
      "30 different languages",
      "70 %",
      "16 %",
      "9 %",
      "about 125 ethnic groups",
      "some 818 ethnic and cultural associations",
      "over 90 laws and other normative acts",
    ]);
    const named = topicFacts.filter((f) => f.kind !== "FIGURE").map((f) => f.label);
    for (const name of [
      "Second Optional Protocol to the International Covenant on Civil and Political Rights",
      "United Nations Convention on the Rights of the Child",
      "European Programme for Human Rights for Legal Professionals (HELP)",
      "National Preventive Mechanism",
      "UN's Partnership Framework for Development",
    ])
      expect(named).toContain(name);
  });

  it("fails on a doctored copy: a changed number, a dropped or changed qualifier, unit or date, a renamed instrument, a lost speaker", () => {
    const religious = fact(RELIGIOUS);
    const doctored: Array<[string, SeedTopicFact, RegExp]> = [
      ["number", { ...religious, value: 3500 }, /"over 3500 religious organizations"/],
      ["qualifier dropped", { ...religious, qualifier: undefined }, /lost its qualifier/],
      ["qualifier changed", { ...religious, qualifier: "nearly" }, /"nearly 3400/],
      ["unit", { ...religious, unit: "mosques" }, /"over 3400 mosques"/],
      ["as-of year", { ...religious, asOf: "2015" }, /2015 is not in the text/],
      [
        "as-of month",
        {
          ...fact(
            "Second Optional Protocol to the International Covenant on Civil and Political Rights",
          ),
          asOf: "2020-10",
        },
        /month of 2020-10/,
      ],
      ["percentage", { ...fact("Kazakhstan's population that is Russian"), value: 17 }, /"17%"/],
      [
        "instrument renamed",
        {
          ...fact("National Preventive Mechanism"),
          label: "National Torture Prevention Mechanism",
        },
        /not named so in the text/,
      ],
      [
        "speaker lost",
        {
          ...fact("UNHCR on Kazakhstan's work on the refugee crisis"),
          citations: [
            {
              ...fact("UNHCR on Kazakhstan's work on the refugee crisis").citations[0],
              attributedTo: undefined,
            },
          ],
        },
        /without the speaker|without its speaker/,
      ],
      [
        "a name the text does not give",
        {
          ...fact(
            "Languages children and adults can study at the centres the Assembly of People of Kazakhstan supports",
          ),
          label: "Languages studied at UNESCO centres",
        },
        /"UNESCO" is not in the text/,
      ],
    ];
    for (const [what, copy, expected] of doctored)
      expect(problems(copy).join("\n"), what).toMatch(expected);
  });
});

describe("the topic-facts migration", () => {
  it("is the SQL written from data/facts.ts, as a data migration", () => {
    const { sql } = committedMigration("seed_topic_facts_from_the_document");
    expect(sql).toBe(topicFactsSql());
    expect(sql.startsWith(DATA_MIGRATION_HEADER)).toBe(true);
  });
});
