import type { SeedTopicFact } from "../types";
import { attributed, cite, citeVia, SECTION } from "./document";

// Facts and figures the document gives only in prose (issue 21, item 3), each on the topic of its
// section, in the document's words: a figure keeps its qualifier ("over", "nearly", "about", "some")
// as the text words it, and has an as-of date only where the text gives one. Statements the text
// leaves undated are facts, not events: an event would need a date the text does not give.
// The cross-check (seed-data.test.ts) holds each number, qualifier, unit, date and name to the
// sentence its citation quotes.

const UN_IN_KAZAKHSTAN =
  "The United Nations in Kazakhstan affirmed that the Government of Kazakhstan supported the UN's Partnership Framework for Development for the country and its recommendations, as well as implemented the UN's human rights mechanisms.";
const LANGUAGE_CENTRES =
  "The Assembly of People of Kazakhstan supports nearly 200 centres where children and adults can study 30 different languages.";
const ETHNIC_MAKE_UP =
  "70% of Kazakhstan's population is ethnically Kazakh, 16% is Russian, while 9% comprises Uzbeks, Ukrainians, Uyghurs, Germans, and Tatars.";
const GROUPS_AND_ASSOCIATIONS =
  "Representatives of about 125 ethnic groups live in Kazakhstan and some 818 ethnic and cultural associations operate under the auspices of the Assembly of People of Kazakhstan.";

export const topicFacts: SeedTopicFact[] = [
  {
    topic: "overview",
    kind: "INSTRUMENT",
    label: "Second Optional Protocol to the International Covenant on Civil and Political Rights",
    asOf: "2020-09",
    citations: [
      cite(
        SECTION.intro,
        "In September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty.",
      ),
    ],
  },
  {
    topic: "overview",
    kind: "PROGRAMME",
    label: "European Programme for Human Rights for Legal Professionals (HELP)",
    citations: [
      cite(
        SECTION.intro,
        "including through the European Programme for Human Rights for Legal Professionals (HELP), a training programme for Kazakh legal professionals.",
      ),
    ],
  },
  {
    topic: "overview",
    kind: "STATEMENT",
    label: "UNHCR on Kazakhstan's work on the refugee crisis",
    citations: [
      cite(
        attributed(
          SECTION.intro,
          "The top representative in Central Asia of the United Nations Refugee Agency, UNHCR",
        ),
        "highlight the country's leadership in fostering interethnic consent.",
      ),
    ],
  },
  {
    topic: "overview",
    kind: "STATEMENT",
    label:
      "The United Nations in Kazakhstan: the Government of Kazakhstan supported the UN's Partnership Framework for Development",
    citations: [
      cite(attributed(SECTION.intro, "The United Nations in Kazakhstan"), UN_IN_KAZAKHSTAN),
    ],
  },
  {
    topic: "overview",
    kind: "INSTRUMENT",
    label: "UN's Partnership Framework for Development",
    citations: [
      cite(attributed(SECTION.intro, "The United Nations in Kazakhstan"), UN_IN_KAZAKHSTAN),
    ],
  },
  {
    topic: "religious-freedom",
    kind: "FIGURE",
    label: "Religious organizations in Kazakhstan",
    value: 3400,
    qualifier: "over",
    unit: "religious organizations",
    asOf: "2014",
    citations: [
      cite(
        SECTION.religion,
        "As of 2014, there were over 3400 religious organizations in Kazakhstan.",
      ),
    ],
  },
  {
    topic: "human-rights-dialogue",
    kind: "INSTRUMENT",
    label: "National Preventive Mechanism",
    citations: [
      cite(
        attributed(SECTION.dialogue, "The EU"),
        "The EU welcomed Kazakhstan's development of a functioning National Preventive Mechanism for the monitoring of places of detention",
      ),
    ],
  },
  {
    topic: "human-rights-dialogue",
    kind: "PROGRAMME",
    label:
      "Joint training programs on human rights of the OSCE and the Kazakhstan International Bureau for Human Rights and Rule of Law",
    citations: [
      cite(
        SECTION.dialogue,
        "OSCE and the Kazakhstan International Bureau for Human Rights and Rule of Law conduct joint training programs on human rights.",
      ),
    ],
  },
  {
    topic: "ethnic-diversity",
    kind: "FIGURE",
    label:
      "Centres of the Assembly of People of Kazakhstan where children and adults can study languages",
    value: 200,
    qualifier: "nearly",
    unit: "centres",
    citations: [cite(SECTION.ethnic, LANGUAGE_CENTRES)],
  },
  {
    topic: "ethnic-diversity",
    kind: "FIGURE",
    label:
      "Languages children and adults can study at the centres the Assembly of People of Kazakhstan supports",
    value: 30,
    unit: "different languages",
    citations: [cite(SECTION.ethnic, LANGUAGE_CENTRES)],
  },
  {
    topic: "ethnic-diversity",
    kind: "FIGURE",
    label: "Kazakhstan's population that is ethnically Kazakh",
    value: 70,
    unit: "%",
    citations: [cite(SECTION.ethnic, ETHNIC_MAKE_UP)],
  },
  {
    topic: "ethnic-diversity",
    kind: "FIGURE",
    label: "Kazakhstan's population that is Russian",
    value: 16,
    unit: "%",
    citations: [cite(SECTION.ethnic, ETHNIC_MAKE_UP)],
  },
  {
    topic: "ethnic-diversity",
    kind: "FIGURE",
    label:
      "Kazakhstan's population that comprises Uzbeks, Ukrainians, Uyghurs, Germans, and Tatars",
    value: 9,
    unit: "%",
    citations: [cite(SECTION.ethnic, ETHNIC_MAKE_UP)],
  },
  {
    topic: "ethnic-diversity",
    kind: "FIGURE",
    label: "Ethnic groups whose representatives live in Kazakhstan",
    value: 125,
    qualifier: "about",
    unit: "ethnic groups",
    citations: [cite(SECTION.ethnic, GROUPS_AND_ASSOCIATIONS)],
  },
  {
    topic: "ethnic-diversity",
    kind: "FIGURE",
    label:
      "Ethnic and cultural associations operating under the auspices of the Assembly of People of Kazakhstan",
    value: 818,
    qualifier: "some",
    unit: "ethnic and cultural associations",
    citations: [cite(SECTION.ethnic, GROUPS_AND_ASSOCIATIONS)],
  },
  {
    topic: "childrens-rights",
    kind: "STATEMENT",
    label: "Statement of Intentions on Cooperation",
    citations: [
      citeVia(
        "statement-of-intentions-on-cooperation-childrens-rights",
        attributed(
          SECTION.children,
          "Kazakhstan's Human Rights Commissioner for Children's Rights and UNICEF Representative for Kazakhstan",
        ),
        "Kazakhstan's Human Rights Commissioner for Children's Rights and UNICEF Representative for Kazakhstan adopted a Statement of Intentions on Cooperation.",
      ),
    ],
  },
  {
    topic: "childrens-rights",
    kind: "FIGURE",
    label: "Laws and other normative acts adopted to protect children's rights",
    value: 90,
    qualifier: "over",
    unit: "laws and other normative acts",
    citations: [
      cite(
        SECTION.children,
        "Kazakhstan adopted over 90 laws and other normative acts aimed at protecting children's rights.",
      ),
    ],
  },
  {
    topic: "childrens-rights",
    kind: "INSTRUMENT",
    label: "United Nations Convention on the Rights of the Child",
    citations: [
      cite(
        SECTION.children,
        "Kazakhstan is a party to the United Nations Convention on the Rights of the Child.",
      ),
    ],
  },
];
