import type { SeedSource } from "../types";
import { DOCUMENT_SOURCE } from "./document";

// The document gives no URLs and, apart from the 2002 decree, no full publication dates. A source's
// address (and its date, where the same page shows one) is recorded only where docs/sources.md
// shows a stored copy of the page confirming it: VERIFIED_ADDRESSES below, which a test holds to
// that page. Where the document names no title, the title describes the source and `notes` says
// so; where it gives only a month or a year, that is in `notes` (Source.publishedDate has no
// precision).
const UNTITLED =
  "The source document does not give this source's title; the title here describes it.";

/** The four laws President Tokayev signed in May 2020, titled as the document gives them. */
export const FOUR_LAWS_2020: Array<[slug: string, title: string]> = [
  [
    "law-on-peaceful-assemblies-2020",
    "On the procedure for organizing and holding peaceful assemblies in the Republic of Kazakhstan",
  ],
  [
    "law-amending-the-constitutional-law-2020",
    "On introducing amendments to the Constitutional Law of the Republic of Kazakhstan",
  ],
  ["law-on-elections-2020", "On Elections in the Republic of Kazakhstan"],
  [
    "law-amending-the-law-on-political-parties-2020",
    'On introducing amendments and additions to the Law of the Republic of Kazakhstan "On Political Parties"',
  ],
];

/** The addresses (and dates) docs/sources.md verifies, by source. */
const VERIFIED_ADDRESSES: Record<string, Pick<SeedSource, "url" | "publishedDate">> = {
  [DOCUMENT_SOURCE]: { url: "https://en.wikipedia.org/wiki/Human_rights_in_Kazakhstan" },
  "eu-statement-human-rights-dialogue-2020": {
    url: "https://eeas.europa.eu/diplomatic-network/turks-and-caicos-islands/89522/eu-and-kazakhstan-hold-annual-human-rights-dialogue-and-subcommittee-justice-and-home-affairs_en",
    publishedDate: "2020-11-27",
  },
  "law-on-peaceful-assemblies-2020": {
    url: "https://adilet.zan.kz/eng/docs/Z2000000333",
    publishedDate: "2020-05-25",
  },
  "freedom-house-freedom-in-the-world": {
    url: "https://freedomhouse.org/country/kazakhstan/freedom-world/2023",
  },
};

const sourcesAsTheDocumentGivesThem: SeedSource[] = [
  {
    slug: DOCUMENT_SOURCE,
    title: "Human rights in Kazakhstan",
    publisher: "Wikipedia",
    kind: "ARTICLE",
    notes: "The article this record is built from.",
  },

  // Introduction
  {
    slug: "hrw-on-kazakhstan-2014",
    title: "Human Rights Watch on Kazakhstan's human rights record in 2014",
    publisher: "Human Rights Watch",
    kind: "STATEMENT",
    namedAs: "Human Rights Watch says",
    notes: UNTITLED,
  },
  {
    slug: "amnesty-international-second-optional-protocol-2020",
    title: "Amnesty International on Kazakhstan's signing of the Second Optional Protocol",
    publisher: "Amnesty International",
    kind: "STATEMENT",
    namedAs: "Amnesty International called the news encouraging",
    notes: `${UNTITLED} The document says Amnesty International called the news encouraging.`,
  },
  {
    slug: "unhcr-central-asia-representative-statement",
    title: "Statement by UNHCR's top representative in Central Asia",
    publisher: "United Nations Refugee Agency (UNHCR)",
    kind: "STATEMENT",
    namedAs: "UNHCR, pointed to",
    notes: UNTITLED,
  },
  {
    slug: "un-in-kazakhstan-statement",
    title: "Statement by the United Nations in Kazakhstan",
    publisher: "United Nations in Kazakhstan",
    kind: "STATEMENT",
    namedAs: "The United Nations in Kazakhstan affirmed",
    notes: UNTITLED,
  },
  {
    slug: "decree-on-further-human-rights-measures-2021",
    title: "On further human rights measures in Kazakhstan",
    publisher: "President of Kazakhstan",
    kind: "LAW",
    namedAs: 'a decree "On further human rights measures in Kazakhstan"',
    notes:
      "Decree signed into law by President Kassym-Jomart Tokayev in June 2021 (the document gives no day).",
  },

  // Politics, freedom of speech and the press
  {
    slug: "hrw-observations-2005-presidential-elections",
    title: "Human Rights Watch observations ahead of the December 2005 presidential elections",
    publisher: "Human Rights Watch",
    kind: "REPORT",
    namedAs:
      "reported to be restricted in Kazakhstan in the months leading up to presidential elections in December 2005, according to observers, including Human Rights Watch",
    notes: UNTITLED,
  },
  {
    slug: "freedom-house-observations-2005-presidential-elections",
    title: "Freedom House observations ahead of the December 2005 presidential elections",
    publisher: "Freedom House",
    kind: "REPORT",
    namedAs:
      "reported to be restricted in Kazakhstan in the months leading up to presidential elections in December 2005, according to observers, including Human Rights Watch and Freedom House",
    notes: UNTITLED,
  },
  {
    slug: "ilo-calls-on-kazakhstan-trade-laws",
    title: "International Labour Organization calls on Kazakhstan to modify restricting trade laws",
    publisher: "International Labour Organization (ILO)",
    kind: "STATEMENT",
    namedAs:
      "The International Labour Organization (ILO) has frequently called on the government of Kazakhstan",
    notes: `${UNTITLED} The document says the ILO has frequently made these calls; it names no single statement.`,
  },

  // Right to fair trial
  {
    slug: "us-government-report-2014",
    title: "US government report on Kazakhstan (2014)",
    publisher: "US government",
    kind: "REPORT",
    namedAs: "a US government report released in 2014",
    notes: `${UNTITLED} Released in 2014 (the document gives no exact date).`,
  },

  // Religious freedom
  {
    slug: "law-on-freedom-of-religion-and-religious-associations-1992",
    title: "Law on Freedom of Religion and Religious Associations",
    publisher: "Republic of Kazakhstan",
    kind: "LAW",
    namedAs: "the Law on Freedom of Religion and Religious Associations",
    notes: "Adopted in 1992 (the document gives no exact date).",
  },
  {
    slug: "religion-law-2011",
    title: "2011 religion law",
    publisher: "Republic of Kazakhstan",
    kind: "LAW",
    namedAs: "the 2011 religion law",
    notes: `${UNTITLED} The document calls it "the 2011 religion law".`,
  },
  {
    slug: "hrw-on-religious-freedom-2014",
    title: "Human Rights Watch on minority religious groups in 2014",
    publisher: "Human Rights Watch",
    kind: "STATEMENT",
    namedAs: "Human Rights Watch however has said",
    notes: UNTITLED,
  },
  {
    slug: "un-special-rapporteur-on-freedom-of-religion-findings",
    title:
      "UN special rapporteur on freedom of religion: findings and recommendations on the 2011 religion law",
    publisher: "UN special rapporteur on freedom of religion",
    // The document reports a recommendation and a finding, not the form they were published in.
    kind: "OTHER",
    namedAs: "A UN special rapporteur on freedom of religion recommended",
    notes: UNTITLED,
  },
  {
    slug: "uscirf-report-on-kazakhstan",
    title: "USCIRF report on Kazakhstan",
    publisher: "U.S. Commission on International Religious Freedom (USCIRF)",
    kind: "REPORT",
    namedAs: "the USCIRF report",
    notes: `${UNTITLED} The document cites it for the May 2019 Religious Freedom Working Group.`,
  },
  {
    slug: "forum-18-hare-krishna-evictions-2006",
    title: "Forum 18 News Service report on the 2006 Hare Krishna evictions",
    publisher: "Forum 18 News Service",
    kind: "NEWS",
    namedAs: "The Forum 18 News Service reported",
    notes: UNTITLED,
  },
  {
    slug: "osce-statement-hare-krishna-evictions-2006",
    title: "OSCE statement on the 2006 Hare Krishna evictions",
    publisher: "Organization for Security and Co-operation in Europe (OSCE)",
    kind: "STATEMENT",
    namedAs: "the Organization for Security and Cooperation in Europe issued a statement",
    notes: UNTITLED,
  },
  {
    slug: "wgad-determination-whatsapp-group-arrests",
    title:
      "Working Group on Arbitrary Detention determination on the 2018 arrest of WhatsApp group members",
    publisher: "Working Group on Arbitrary Detention",
    // The document says only that the arrest "was determined to be in violation of international law",
    // not in what form the determination was published.
    kind: "OTHER",
    namedAs:
      "determined to be in violation of international law by the Working Group on Arbitrary Detention",
    notes: UNTITLED,
  },

  // Human rights dialogue
  {
    slug: "eu-strategy-for-a-new-partnership-with-central-asia",
    title: "Strategy for a New Partnership",
    publisher: "European Union",
    kind: "OTHER",
    namedAs: 'its "Strategy for a New Partnership"',
    notes:
      "The European Union's strategy with Central Asia, as the document names it; no date is given.",
  },
  {
    // The document quotes "the EU" and names no statement; this is the page docs/sources.md
    // verified to contain the words it quotes, described as that page gives itself.
    slug: "eu-statement-human-rights-dialogue-2020",
    title:
      "EU and Kazakhstan hold annual Human Rights Dialogue and Subcommittee on Justice and Home Affairs",
    publisher: "European External Action Service",
    kind: "STATEMENT",
    namedAs: "the EU",
    notes:
      'Not named by the source document, which quotes "the EU" on the 12th dialogue; a press release verified in docs/sources.md to contain the quoted words.',
  },

  // Rule of law
  {
    slug: "ngo-law-amendments-2015",
    title: "Amendments to the law on nongovernmental organisation (NGO) activities",
    publisher: "Republic of Kazakhstan",
    kind: "LAW",
    namedAs: "amendments to the law on nongovernmental organisation (NGO) activities",
    notes: "Introduced in 2015 (the document gives no exact date).",
  },
  {
    slug: "rule-of-law-index",
    title: "Rule of Law Index",
    // The document names the index but not who publishes it; naming a publisher would add a fact
    // the document does not give.
    publisher: "Not named in the source document",
    // An index, in the document's word; it does not say in what form it is published.
    kind: "OTHER",
    namedAs: "the Rule of Law Index",
    notes: "The document reports Kazakhstan's 2020 rank in the index.",
  },

  // Children's rights
  {
    slug: "statement-of-intentions-on-cooperation-childrens-rights",
    title: "Statement of Intentions on Cooperation",
    publisher:
      "Human Rights Commissioner for Children's Rights and UNICEF Representative for Kazakhstan",
    kind: "STATEMENT",
    namedAs: "a Statement of Intentions on Cooperation",
    notes:
      "Adopted by Kazakhstan's Human Rights Commissioner for Children's Rights and the UNICEF Representative for Kazakhstan; the document gives no date.",
  },
  {
    slug: "kazakhstan-2050-strategy",
    title: "Kazakhstan 2050 Strategy",
    publisher: "Not named in the source document",
    kind: "OTHER",
    namedAs: "The Kazakhstan 2050 Strategy",
    notes: "A national strategy; the document gives no date.",
  },

  // Commissioner for Human Rights
  {
    slug: "presidential-decree-commissioner-for-human-rights-2002",
    title: "President's Decree establishing the Commissioner for Human Rights",
    publisher: "President of Kazakhstan",
    kind: "LAW",
    namedAs: "by the President's Decree",
    notes: `${UNTITLED} The document says the institution was established on September 19, 2002 by the President's Decree; it does not give the decree's own date.`,
  },

  // National Council of Public Trust
  ...FOUR_LAWS_2020.map(([slug, title]): SeedSource => ({
    slug,
    title,
    publisher: "Republic of Kazakhstan",
    kind: "LAW",
    namedAs: "President Tokayev signed four important laws",
    notes:
      "Signed by President Kassym-Jomart Tokayev in May 2020 (the document gives no day) as part of the National Council of Public Trust initiative.",
  })),

  // Historical situation
  {
    slug: "freedom-house-freedom-in-the-world",
    title: "Freedom in the World",
    publisher: "Freedom House",
    kind: "REPORT",
    namedAs: "the Freedom in the World reports, published annually by Freedom House",
    notes:
      "Published annually by Freedom House; the document reproduces Kazakhstan's ratings since 1991.",
  },
];

export const sources: SeedSource[] = sourcesAsTheDocumentGivesThem.map((source) => ({
  ...source,
  ...VERIFIED_ADDRESSES[source.slug],
}));
