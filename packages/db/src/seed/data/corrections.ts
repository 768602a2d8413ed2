// Corrections made against the document (issue 21): each seeded value that said more than the
// text, as it was and as it is. The cross-check (seed-data.test.ts) holds every `after` to the data
// and proves its checks fail on the `before` values; the data migration
// `*_seed_corrected_against_the_document` applies these to databases seeded before, where the
// stored value is still the seed's.

export type SeedCorrection = {
  why: string;
} & (
  | {
      record: "event" | "actor" | "place" | "case" | "source" | "ratingSeries";
      slug: string;
      field: string;
      before: unknown;
      after: unknown;
    }
  | {
      record: "eventActor";
      slug: string;
      actor: string;
      field: "role";
      before: string;
      after: string | null;
    }
  | {
      record: "eventPlace";
      slug: string;
      place: string;
      field: "linked";
      before: boolean;
      after: boolean;
    }
  | {
      record: "caseEntry" | "caseFinding";
      slug: string;
      position: number;
      field: string;
      before: string;
      after: string;
    }
);

export const corrections: SeedCorrection[] = [
  {
    record: "event",
    slug: "2014-universal-periodic-review-of-kazakhstan",
    field: "summary",
    before:
      "During the 2014 Universal Periodic Review, national representatives commended Kazakhstan's mechanism to prevent torture and its national human rights institution, but shared concerns about legal restrictions on freedom.",
    after:
      "During the 2014 Universal Periodic Review, national representatives commended Kazakhstan's establishment of a mechanism to prevent torture and of a national human rights institution, but shared concerns about legal restrictions on freedom.",
    why: "The words commended the establishment of a mechanism and of an institution, not the mechanism and institution themselves.",
  },
  {
    record: "eventActor",
    slug: "2014-universal-periodic-review-of-kazakhstan",
    actor: "united-nations-human-rights-council",
    field: "role",
    before: "conducted the review",
    after: null,
    why: "The document does not say who conducted the review.",
  },
  {
    record: "event",
    slug: "2014-newspapers-closed-protesters-and-worshipers-fined-or-detained",
    field: "title",
    before: "Newspapers closed, protesters jailed or fined, worshipers fined or detained",
    after:
      "Human Rights Watch: newspapers closed, protesters jailed or fined, worshipers fined or detained",
    why: "The title stated as fact what the document gives as Human Rights Watch's words.",
  },
  {
    record: "eventActor",
    slug: "2014-newspapers-closed-protesters-and-worshipers-fined-or-detained",
    actor: "government-of-kazakhstan",
    field: "role",
    before: "closed newspapers; jailed or fined protesters; fined or detained worshipers",
    after:
      "according to Human Rights Watch, closed newspapers, jailed or fined dozens of people after protests, and fined or detained worshipers",
    why: 'A claim Human Rights Watch makes, stated as fact; "dozens of people after protests", not "protesters"; "trials", not "an unfair trial".',
  },
  {
    record: "eventActor",
    slug: "2014-newspapers-closed-protesters-and-worshipers-fined-or-detained",
    actor: "vladimir-kozlov",
    field: "role",
    before: "remained in detention after an unfair trial",
    after: "according to Human Rights Watch, remained in detention after unfair trials",
    why: 'A claim Human Rights Watch makes, stated as fact; "dozens of people after protests", not "protesters"; "trials", not "an unfair trial".',
  },
  {
    record: "event",
    slug: "2019-council-of-europe-help-programme",
    field: "summary",
    before:
      "Since 2019, Kazakhstan has been working with the Council of Europe on human rights and the rule of law, including through the HELP training programme for Kazakh legal professionals, which runs through 2022.",
    after:
      "Since 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the HELP training programme, which is running through 2022.",
    why: 'Keeps "sectoral improvements"; "running through 2022" is the HELP programme\'s.',
  },
  {
    record: "event",
    slug: "2019-council-of-europe-help-programme",
    field: "endDate",
    before: "2022-01-01",
    after: null,
    why: 'The end date of the HELP programme was given to the whole cooperation, which the document says continues "since 2019".',
  },
  {
    record: "event",
    slug: "2020-kazakhstan-signs-second-optional-protocol-to-the-iccpr",
    field: "title",
    before: "Kazakhstan signs the Second Optional Protocol to the ICCPR",
    after:
      "Second Optional Protocol to the International Covenant on Civil and Political Rights signed",
    why: 'The document never uses the abbreviation "ICCPR".',
  },
  {
    record: "event",
    slug: "2005-political-expression-restricted-before-presidential-elections",
    field: "title",
    before: "Political expression restricted ahead of the presidential elections",
    after: "Observers report political expression restricted ahead of the presidential elections",
    why: 'The document says political expression "was reported to be restricted", according to observers.',
  },
  {
    record: "eventPlace",
    slug: "2005-political-expression-restricted-before-presidential-elections",
    place: "georgia",
    field: "linked",
    before: false,
    after: true,
    why: "A place the event's text names (issue 21, item 3).",
  },
  {
    record: "eventPlace",
    slug: "2005-political-expression-restricted-before-presidential-elections",
    place: "ukraine",
    field: "linked",
    before: false,
    after: true,
    why: "A place the event's text names (issue 21, item 3).",
  },
  {
    record: "eventPlace",
    slug: "2005-political-expression-restricted-before-presidential-elections",
    place: "kyrgyzstan",
    field: "linked",
    before: false,
    after: true,
    why: "A place the event's text names (issue 21, item 3).",
  },
  {
    record: "eventActor",
    slug: "2005-political-expression-restricted-before-presidential-elections",
    actor: "government-of-kazakhstan",
    field: "role",
    before: "reportedly restricted freedom of speech",
    after:
      "reportedly attempted to restrict freedom of speech and shut down independent media and civil society groups",
    why: 'The document says "reportedly attempted to restrict", not "reportedly restricted".',
  },
  {
    record: "event",
    slug: "2005-presidential-elections",
    field: "body",
    before:
      "Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government's attempt to prevent such transformation from occurring in Kazakhstan, after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan.",
    after:
      "Some outsider observers, including HRW, have noted increasing anxiety in the Kazakh government after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan. Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government's attempt to prevent such transformation from occurring in Kazakhstan.",
    why: "The body joined two sentences so that the government's attempt followed the revolutions; both sentences are now given as the document gives them.",
  },
  {
    record: "eventPlace",
    slug: "2005-presidential-elections",
    place: "georgia",
    field: "linked",
    before: false,
    after: true,
    why: "A place the event's text names (issue 21, item 3).",
  },
  {
    record: "eventPlace",
    slug: "2005-presidential-elections",
    place: "ukraine",
    field: "linked",
    before: false,
    after: true,
    why: "A place the event's text names (issue 21, item 3).",
  },
  {
    record: "eventPlace",
    slug: "2005-presidential-elections",
    place: "kyrgyzstan",
    field: "linked",
    before: false,
    after: true,
    why: "A place the event's text names (issue 21, item 3).",
  },
  {
    record: "eventActor",
    slug: "2005-presidential-elections",
    actor: "human-rights-watch",
    field: "role",
    before: "observer",
    after: "noted increasing anxiety in the Kazakh government",
    why: "What the document says HRW did.",
  },
  {
    record: "event",
    slug: "2011-religion-law",
    field: "summary",
    before:
      'A UN special rapporteur on freedom of religion recommended "far-reaching reforms" to the 2011 religion law.',
    after:
      'The document refers to the 2011 religion law, to which a UN special rapporteur on freedom of religion recommended "far-reaching reforms"; it does not date the recommendation.',
    why: "The event is dated by the law (2011); the rapporteur's recommendation is undated.",
  },
  {
    record: "eventActor",
    slug: "2011-religion-law",
    actor: "un-special-rapporteur-on-freedom-of-religion",
    field: "role",
    before: "recommended reforms",
    after: 'recommended "far-reaching reforms" to the law (undated)',
    why: "The recommendation is undated; in the document's words.",
  },
  {
    record: "event",
    slug: "2014-minority-religious-groups-fined-and-detained",
    field: "title",
    before: "Minority religious groups fined and detained",
    after: "Human Rights Watch: minority religious groups fined and detained in 2014",
    why: "The title stated as fact what the document gives as Human Rights Watch's words.",
  },
  {
    record: "event",
    slug: "2006-hare-krishna-evictions",
    field: "title",
    before: "Hare Krishna followers evicted in Karasai district",
    after: "Hare Krishna followers evicted from thirteen homes",
    why: "The document does not say the community was in Karasai district, only that executors of the district took part.",
  },
  {
    record: "eventActor",
    slug: "2006-hare-krishna-evictions",
    actor: "government-of-kazakhstan",
    field: "role",
    before: "claimed the evictions were legitimate",
    after: "Kazakh officials claimed the evictions were legitimate",
    why: 'The document gives the claim to "Kazakh officials".',
  },
  {
    record: "event",
    slug: "2011-zhanaozen-oil-worker-strikes",
    field: "summary",
    before:
      "On 16 December 2011, striking oil workers demanding better work conditions and higher pay clashed with police in Zhanaozen; according to official sources 15 people were found dead.",
    after:
      "On 16 December 2011, protesters consisting primarily of oil workers clashed with police in Zhanaozen, due to the former's demands of better work conditions and higher pay; according to official sources 15 people were found dead.",
    why: 'The protesters "consisted primarily of oil workers"; the document does not call them striking workers.',
  },
  {
    record: "eventActor",
    slug: "2011-zhanaozen-oil-worker-strikes",
    actor: "government-of-kazakhstan",
    field: "role",
    before: "said police were forced to defend themselves",
    after: "according to government officials, police were forced to defend themselves",
    why: 'The document gives this to "government officials", not to the government.',
  },
  {
    record: "event",
    slug: "2016-land-reform-protests",
    field: "summary",
    before:
      "In April and May 2016, protests took place over changes in the law on land ownership; two hundred activists and protestors were arrested.",
    after:
      "Land-reform protests in April and May 2016, in relation to changes in the law in relation to land ownership; two hundred activists and protestors were arrested.",
    why: 'The document says the arrests were "in relation to changes in the law", not that protests were over them.',
  },
  {
    record: "event",
    slug: "2019-nazarbayev-dismisses-the-government",
    field: "summary",
    before: "In 2019, amid protests, Nursultan Nazarbayev dismissed the government.",
    after: "In 2019, Nursultan Nazarbayev dismissed the government.",
    why: "The document does not link the dismissal to the protests.",
  },
  {
    record: "eventPlace",
    slug: "2019-protests-after-the-snap-presidential-elections",
    place: "astana",
    field: "linked",
    before: true,
    after: false,
    why: "The protests were in Nur-Sultan; the document never says Nur-Sultan is Astana.",
  },
  {
    record: "event",
    slug: "2019-first-meeting-of-the-national-council-of-public-trust",
    field: "summary",
    before:
      "The National Council of Public Trust convened its first meeting on 6 September 2019, focused on libel, penitentiary and judicial reform, and gender balance.",
    after:
      "The National Council of Public Trust convened its first meeting on 6 September 2019, focused on decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.",
    why: "The topic was the decriminalization of libel, not libel; the full list of topics as the document gives it.",
  },
  {
    record: "actor",
    slug: "yogan-merkel",
    field: "description",
    before:
      "First Deputy Prosecutor General of Kazakhstan; led the Kazakh delegation at the sixth EU-Kazakhstan Human Rights Dialogue.",
    after:
      "First Deputy Prosecutor General; led the Kazakh delegation at the sixth EU-Kazakhstan Human Rights Dialogue.",
    why: 'The document does not say "of Kazakhstan".',
  },
  {
    record: "place",
    slug: "astana",
    field: "otherNames",
    before: ["Nur-Sultan"],
    after: null,
    why: "The document never says Nur-Sultan is Astana (a fact from outside it, unverified).",
  },
  {
    record: "case",
    slug: "vladimir-kozlov-detention",
    field: "title",
    before: "Vladimir Kozlov: opposition leader held after unfair trials",
    after: "Vladimir Kozlov: in detention after unfair trials, according to Human Rights Watch",
    why: "The title stated as fact what the document gives as Human Rights Watch's words.",
  },
  {
    record: "case",
    slug: "whatsapp-group-members-imprisoned",
    field: "title",
    before: "Five members of a WhatsApp group imprisoned for discussing Islam",
    after: "Five members of a WhatsApp group chat for discussing Islam remain imprisoned",
    why: "The document says the group chat was for discussing Islam, not that the men were imprisoned for it.",
  },
  {
    record: "case",
    slug: "whatsapp-group-members-imprisoned",
    field: "summary",
    before:
      "Five of the nine men arrested in 2018 for discussing Islam in a WhatsApp group chat remain imprisoned, although the UN Working Group on Arbitrary Detention found the arrest in violation of international law.",
    after:
      "Five of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, remain imprisoned, although the Working Group on Arbitrary Detention determined the arrest to be in violation of international law.",
    why: 'As the title; and "Working Group on Arbitrary Detention", which the document does not call a UN body.',
  },
  {
    record: "caseEntry",
    slug: "whatsapp-group-members-imprisoned",
    position: 1,
    field: "note",
    before:
      "The document says the five “remain imprisoned”, after the Working Group's finding; it gives no date for this, so the entry is dated by the arrest it follows.",
    after:
      "The document says the five “remain imprisoned”; it gives no date for this, so the entry is dated by the arrest it follows.",
    why: "The document does not say the imprisonment came after the finding.",
  },
  {
    record: "caseFinding",
    slug: "whatsapp-group-members-imprisoned",
    position: 0,
    field: "body",
    before: "UN Working Group on Arbitrary Detention",
    after: "Working Group on Arbitrary Detention",
    why: "The document does not call the Working Group a UN body.",
  },
  {
    record: "case",
    slug: "whatsapp-group-four-other-members",
    field: "title",
    before: "Four other members of the WhatsApp group: released, still restricted",
    after: "Four other members of the WhatsApp group: no longer imprisoned, still restricted",
    why: 'The document says "no longer imprisoned", not released.',
  },
  {
    record: "case",
    slug: "whatsapp-group-four-other-members",
    field: "summary",
    before:
      "Four of the nine men arrested in 2018 over a WhatsApp group chat about Islam are no longer imprisoned but still face restrictions. The document does not name them.",
    after:
      "Four of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, are no longer imprisoned but still face restrictions. The document does not name them.",
    why: "The document does not say the arrest was over the group chat.",
  },
  {
    record: "caseFinding",
    slug: "whatsapp-group-four-other-members",
    position: 0,
    field: "body",
    before: "UN Working Group on Arbitrary Detention",
    after: "Working Group on Arbitrary Detention",
    why: "The document does not call the Working Group a UN body.",
  },
  {
    record: "source",
    slug: "un-special-rapporteur-on-freedom-of-religion-findings",
    field: "kind",
    before: "REPORT",
    after: "OTHER",
    why: "The document reports a recommendation and a finding, not a report.",
  },
  {
    record: "source",
    slug: "eu-statement-human-rights-dialogue-2020",
    field: "title",
    before: "EU statement on the 12th EU-Kazakhstan Human Rights Dialogue (2020)",
    after:
      "EU and Kazakhstan hold annual Human Rights Dialogue and Subcommittee on Justice and Home Affairs",
    why: "The document names no EU statement; the source is the press release docs/sources.md verified, under its own title.",
  },
  {
    record: "source",
    slug: "eu-statement-human-rights-dialogue-2020",
    field: "publisher",
    before: "European Union",
    after: "European External Action Service",
    why: "The verified page is the European External Action Service's.",
  },
  {
    record: "source",
    slug: "eu-statement-human-rights-dialogue-2020",
    field: "notes",
    before: "The source document does not give this source's title; the title here describes it.",
    after:
      'Not named by the source document, which quotes "the EU" on the 12th dialogue; a press release verified in docs/sources.md to contain the quoted words.',
    why: "Says it is not named by the document.",
  },
  {
    record: "source",
    slug: "rule-of-law-index",
    field: "kind",
    before: "REPORT",
    after: "OTHER",
    why: "The document names an index, not a report.",
  },
  {
    record: "source",
    slug: "kazakhstan-2050-strategy",
    field: "publisher",
    before: "Republic of Kazakhstan",
    after: "Not named in the source document",
    why: "The document does not say who issued the strategy.",
  },
  {
    record: "source",
    slug: "presidential-decree-commissioner-for-human-rights-2002",
    field: "notes",
    before:
      "The source document does not give this source's title; the title here describes it. The document says the institution was established on September 19, 2002 by the President's Decree.",
    after:
      "The source document does not give this source's title; the title here describes it. The document says the institution was established on September 19, 2002 by the President's Decree; it does not give the decree's own date.",
    why: "Says the decree's own date is not given.",
  },
  {
    record: "source",
    slug: "presidential-decree-commissioner-for-human-rights-2002",
    field: "publishedDate",
    before: "2002-09-19",
    after: null,
    why: "The date is the institution's establishment; the document gives no date for the decree.",
  },
  {
    record: "ratingSeries",
    slug: "freedom-in-the-world",
    field: "yearNote",
    before:
      'The "Year" signifies the "Year covered": the information for the year marked 2008 is from the report published in 2009, and so on.',
    after:
      'The "Year" signifies the "Year covered": the information for the year marked 2008 is from the report published in 2009, and so on. The president is as of January 1 (note 2 of the table).',
    why: 'Note 2 of the table ("As of January 1.") was attached to nothing.',
  },
  {
    record: "ratingSeries",
    slug: "rule-of-law-index",
    field: "scaleDescription",
    before: "A rank: 1st is the top position.",
    after: "A rank; the source document does not describe the scale.",
    why: "The document does not describe the index's scale.",
  },
];

/**
 * Sources the document does not name, removed. Their citations now cite the document, with the
 * speaker it gives the words to (if any) in the locator: "Protests › … (eyewitnesses)".
 */
export const removedSources: Array<{ slug: string; speaker: string | null; why: string }> = [
  {
    slug: "un-human-rights-council-upr-2014-kazakhstan",
    speaker: "national representatives",
    why: 'The document names no UN report; it gives the quoted words to "national representatives".',
  },
  {
    slug: "kazakh-officials-on-hare-krishna-evictions-2006",
    speaker: "Kazakh officials",
    why: 'An attribution ("Kazakh officials claimed"), not a document.',
  },
  {
    slug: "zhanaozen-eyewitness-accounts-2011",
    speaker: "eyewitnesses",
    why: 'An attribution ("Eyewitnesses claimed"), not a document.',
  },
  {
    slug: "kazakh-government-officials-on-zhanaozen-2011",
    speaker: "government officials",
    why: 'Attributions ("government officials", "official sources"), merged and given to the Government of Kazakhstan; not a document.',
  },
  {
    slug: "eu-statement-human-rights-dialogue-2014",
    speaker: null,
    why: "The document names no EU statement on the 2014 round.",
  },
  {
    slug: "eu-statement-human-rights-dialogue-2018",
    speaker: null,
    why: 'The document names no EU statement on the 2018 round, and gives "It was emphasized…" to no one.',
  },
];
