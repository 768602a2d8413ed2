import type { SeedCase } from "../types";
import { WHATSAPP_DETAINEES } from "./actors";
import { cite, citeVia, SECTION } from "./document";

// The people the document names as detained, imprisoned or attacked, as case files. Each entry
// says only what the document states, dated as it dates it; where it gives no date for a status
// ("remain imprisoned"), the entry carries the date of the report it follows and its note says so,
// so the last known status reads "as of 2018" rather than as a fact about today.

const WHATSAPP_ARREST =
  "In 2018, the government of Kazakhstan made a mass arrest of nine Kazakh men who were members of a group chat for discussing Islam on the messaging app WhatsApp.";

const WGAD_FINDING = {
  body: "Working Group on Arbitrary Detention",
  finding:
    "The arrest of the nine members of the WhatsApp group was in violation of international law.",
  citations: [
    cite(
      SECTION.whatsApp,
      "Their arrest was determined to be in violation of international law by the Working Group on Arbitrary Detention.",
    ),
    citeVia("wgad-determination-whatsapp-group-arrests", SECTION.whatsApp),
  ],
} satisfies NonNullable<SeedCase["findings"]>[number];

export const cases: SeedCase[] = [
  {
    slug: "vladimir-kozlov-detention",
    title: "Vladimir Kozlov: in detention after unfair trials, according to Human Rights Watch",
    kind: "DETENTION",
    summary:
      "According to Human Rights Watch, opposition leader Vladimir Kozlov remained in detention in 2014 after unfair trials.",
    people: ["vladimir-kozlov"],
    entries: [
      {
        date: "2014-01-01",
        datePrecision: "YEAR",
        status: "DETAINED",
        note: "Remained in detention after unfair trials, as Human Rights Watch reported of 2014.",
        citations: [
          citeVia(
            "hrw-on-kazakhstan-2014",
            SECTION.intro,
            "Government critics, including opposition leader Vladimir Kozlov, remained in detention after unfair trials.",
          ),
          cite(SECTION.intro),
        ],
      },
    ],
    events: ["2014-newspapers-closed-protesters-and-worshipers-fined-or-detained"],
    topics: ["right-to-fair-trial", "politics-freedom-of-speech-and-the-press"],
  },
  {
    slug: "dmitry-senyavskii-attack",
    title: "Dmitry Senyavskii: trade union leader attacked and beaten",
    kind: "PHYSICAL_ATTACK",
    summary:
      "On 10 November 2018, trade union leader Dmitry Senyavskii was attacked and beaten by unidentified persons and taken to hospital.",
    people: ["dmitry-senyavskii"],
    entries: [
      {
        date: "2018-11-10",
        datePrecision: "DAY",
        status: "ATTACKED",
        note: "Attacked and beaten by unidentified persons; taken to hospital.",
        citations: [
          cite(
            SECTION.politics,
            "On November 10, 2018 Dmitry Senyavskii, a trade union leader in Kazakhstan was attacked and viciously beaten up by some unidentified persons and was taken to hospital.",
          ),
        ],
      },
    ],
    events: ["2018-trade-union-leader-dmitry-senyavskii-attacked"],
    topics: ["politics-freedom-of-speech-and-the-press"],
  },
  {
    slug: "whatsapp-group-members-imprisoned",
    title: "Five members of a WhatsApp group chat for discussing Islam remain imprisoned",
    kind: "DETENTION",
    summary:
      "Five of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, remain imprisoned, although the Working Group on Arbitrary Detention determined the arrest to be in violation of international law.",
    people: WHATSAPP_DETAINEES.map(([slug]) => slug),
    entries: [
      {
        date: "2018-01-01",
        datePrecision: "YEAR",
        status: "ARRESTED",
        note: "Arrested with four other members of the group chat: nine men in all.",
        citations: [cite(SECTION.whatsApp, WHATSAPP_ARREST)],
      },
      {
        date: "2018-01-01",
        datePrecision: "YEAR",
        status: "DETAINED",
        note: "The document says the five “remain imprisoned”; it gives no date for this, so the entry is dated by the arrest it follows.",
        citations: [
          cite(
            SECTION.whatsApp,
            "The five who remain imprisoned are: Beket Mynbasov, Samat Adilov, Nazim Abdrakhmanov, Ernar Samatov and Bolatbek Nurgaliyev.",
          ),
        ],
      },
    ],
    findings: [WGAD_FINDING],
    events: ["2018-arrest-of-whatsapp-group-members"],
    topics: ["religious-freedom"],
  },
  {
    slug: "whatsapp-group-four-other-members",
    title: "Four other members of the WhatsApp group: no longer imprisoned, still restricted",
    kind: "DETENTION",
    summary:
      "Four of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, are no longer imprisoned but still face restrictions. The document does not name them.",
    people: [],
    unnamedCount: 4,
    entries: [
      {
        date: "2018-01-01",
        datePrecision: "YEAR",
        status: "ARRESTED",
        note: "Arrested with the five who remain imprisoned: nine men in all.",
        citations: [cite(SECTION.whatsApp, WHATSAPP_ARREST)],
      },
      {
        date: "2018-01-01",
        datePrecision: "YEAR",
        status: "RESTRICTED",
        note: "No longer imprisoned, but still facing restrictions. The document gives no date for their release or the restrictions, so the entry is dated by the arrest it follows.",
        citations: [
          cite(
            SECTION.whatsApp,
            "However, five of the men remain imprisoned, and the four that are no longer imprisoned still face restrictions.",
          ),
        ],
      },
    ],
    findings: [WGAD_FINDING],
    events: ["2018-arrest-of-whatsapp-group-members"],
    topics: ["religious-freedom"],
  },
];
