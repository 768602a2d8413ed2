import type { SeedEvent } from "../types";
import { WHATSAPP_DETAINEES } from "./actors";
import { attributed, cite, citeVia, SECTION } from "./document";
import { FOUR_LAWS_2020 } from "./sources";

// Every dated happening in the document, section by section, dated only as precisely as the text
// dates it. Bodies quote or closely paraphrase the document; nothing is added from elsewhere.

export const events: SeedEvent[] = [
  // ───────────── Introduction ─────────────
  {
    slug: "2012-kazakhstan-elected-to-un-human-rights-council",
    title: "Kazakhstan elected to the UN Human Rights Council",
    summary:
      "In 2012, Kazakhstan was elected as a member of the United Nations Human Rights Council.",
    body: "In 2012, Kazakhstan was elected as a member of the United Nations Human Rights Council.",
    startDate: "2012-01-01",
    datePrecision: "YEAR",
    topics: ["overview"],
    places: [],
    actors: [
      { actor: "government-of-kazakhstan", role: "elected member" },
      { actor: "united-nations-human-rights-council", role: "council Kazakhstan was elected to" },
    ],
    citations: [
      cite(
        SECTION.intro,
        "In 2012, Kazakhstan was elected as a member of the United Nations Human Rights Council.",
      ),
    ],
  },
  {
    slug: "2014-universal-periodic-review-of-kazakhstan",
    title: "Universal Periodic Review of Kazakhstan",
    summary:
      "During the 2014 Universal Periodic Review, national representatives commended Kazakhstan's establishment of a mechanism to prevent torture and of a national human rights institution, but shared concerns about legal restrictions on freedom.",
    body: `During the Universal Periodic Review of Human Rights in 2014, national representatives "commended Kazakhstan's establishment of a mechanism to prevent torture and of a national human rights institution" but "shared concerns about legal restrictions on freedom".`,
    startDate: "2014-01-01",
    datePrecision: "YEAR",
    topics: ["overview"],
    places: [],
    // The document says neither who conducted the review nor that the words are a UN report's:
    // it gives them to "national representatives".
    actors: [{ actor: "government-of-kazakhstan", role: "state under review" }],
    citations: [
      cite(SECTION.intro),
      cite(
        attributed(SECTION.intro, "national representatives"),
        "commended Kazakhstan's establishment of a mechanism to prevent torture and of a national human rights institution",
      ),
      cite(
        attributed(SECTION.intro, "national representatives"),
        "shared concerns about legal restrictions on freedom",
      ),
    ],
  },
  {
    slug: "2014-newspapers-closed-protesters-and-worshipers-fined-or-detained",
    title:
      "Human Rights Watch: newspapers closed, protesters jailed or fined, worshipers fined or detained",
    summary:
      "According to Human Rights Watch, in 2014 the authorities closed newspapers, jailed or fined dozens of people after peaceful but unsanctioned protests, and fined or detained worshipers for practicing religion outside state controls.",
    body: `Human Rights Watch says that "Kazakhstan heavily restricts freedom of assembly, speech, and religion. In 2014, authorities closed newspapers, jailed or fined dozens of people after peaceful but unsanctioned protests, and fined or detained worshipers for practicing religion outside state controls. Government critics, including opposition leader Vladimir Kozlov, remained in detention after unfair trials. Torture remains common in places of detention."`,
    startDate: "2014-01-01",
    datePrecision: "YEAR",
    topics: ["overview", "politics-freedom-of-speech-and-the-press", "religious-freedom"],
    places: ["kazakhstan"],
    actors: [
      {
        actor: "government-of-kazakhstan",
        role: "according to Human Rights Watch, closed newspapers, jailed or fined dozens of people after protests, and fined or detained worshipers",
      },
      {
        actor: "vladimir-kozlov",
        role: "according to Human Rights Watch, remained in detention after unfair trials",
      },
      { actor: "human-rights-watch", role: "reported" },
    ],
    citations: [
      cite(SECTION.intro),
      citeVia(
        "hrw-on-kazakhstan-2014",
        SECTION.intro,
        "In 2014, authorities closed newspapers, jailed or fined dozens of people after peaceful but unsanctioned protests, and fined or detained worshipers for practicing religion outside state controls.",
      ),
    ],
  },
  {
    slug: "2019-council-of-europe-help-programme",
    title: "Kazakhstan begins working with the Council of Europe, including on the HELP programme",
    summary:
      "Since 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the HELP training programme, which is running through 2022.",
    body: "Since 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the European Programme for Human Rights for Legal Professionals (HELP), a training programme for Kazakh legal professionals. The programme is running through 2022.",
    // "Running through 2022" is said of the HELP programme, not of the wider cooperation.
    startDate: "2019-01-01",
    datePrecision: "YEAR",
    topics: ["overview", "rule-of-law"],
    places: ["kazakhstan"],
    actors: [
      { actor: "council-of-europe", role: "partner" },
      { actor: "government-of-kazakhstan", role: "partner" },
    ],
    citations: [cite(SECTION.intro, "The programme is running through 2022.")],
  },
  {
    slug: "2020-kazakhstan-signs-second-optional-protocol-to-the-iccpr",
    title:
      "Second Optional Protocol to the International Covenant on Civil and Political Rights signed",
    summary:
      "In September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty.",
    body: "In September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty. This was received very positively by the human-rights organizations and the international community. Amnesty International called the news encouraging.",
    startDate: "2020-09-01",
    datePrecision: "MONTH",
    topics: ["overview"],
    places: [],
    actors: [
      { actor: "government-of-kazakhstan", role: "signatory" },
      { actor: "amnesty-international", role: "called the news encouraging" },
    ],
    citations: [
      cite(
        SECTION.intro,
        "In September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty.",
      ),
      citeVia("amnesty-international-second-optional-protocol-2020", SECTION.intro),
    ],
  },
  {
    slug: "2021-decree-on-further-human-rights-measures",
    title: 'Decree "On further human rights measures in Kazakhstan" signed',
    summary:
      'In June 2021, President Kassym-Jomart Tokayev signed into law a decree "On further human rights measures in Kazakhstan".',
    body: 'In June 2021, a decree "On further human rights measures in Kazakhstan" was signed into law by Kazakh president Kassym-Jomart Tokayev, meant to protect the rights of minorities and vulnerable groups, such as women and people with disabilities, and improve coordination with international organisations.',
    startDate: "2021-06-01",
    datePrecision: "MONTH",
    topics: ["overview"],
    places: ["kazakhstan"],
    actors: [{ actor: "kassym-jomart-tokayev", role: "signatory" }],
    citations: [
      cite(SECTION.intro),
      citeVia(
        "decree-on-further-human-rights-measures-2021",
        SECTION.intro,
        "On further human rights measures in Kazakhstan",
      ),
    ],
  },

  // ───────────── Politics, freedom of speech and the press ─────────────
  {
    slug: "2005-political-expression-restricted-before-presidential-elections",
    title: "Observers report political expression restricted ahead of the presidential elections",
    summary:
      "In the months leading up to the December 2005 presidential elections, observers including Human Rights Watch and Freedom House reported that political expression was restricted.",
    body: `Political expression was reported to be restricted in Kazakhstan in the months leading up to presidential elections in December 2005, according to observers, including Human Rights Watch and Freedom House. Kazakh authorities reportedly attempted to restrict freedom of speech and shut down independent media and civil society groups.

Some outsider observers, including HRW, have noted increasing anxiety in the Kazakh government after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan.`,
    startDate: "2005-01-01",
    datePrecision: "YEAR",
    topics: ["politics-freedom-of-speech-and-the-press"],
    places: ["kazakhstan", "georgia", "ukraine", "kyrgyzstan"],
    actors: [
      {
        actor: "government-of-kazakhstan",
        role: "reportedly attempted to restrict freedom of speech and shut down independent media and civil society groups",
      },
      { actor: "human-rights-watch", role: "observer" },
      { actor: "freedom-house", role: "observer" },
    ],
    citations: [
      cite(SECTION.politics),
      citeVia("hrw-observations-2005-presidential-elections", SECTION.politics),
      citeVia("freedom-house-observations-2005-presidential-elections", SECTION.politics),
    ],
  },
  {
    slug: "2005-vremya-printing-house-cancels-newspaper-contracts",
    title: "Vremya printing house cancels contracts with seven newspapers",
    summary:
      "In September 2005 the Vremya printing house unexpectedly cancelled contracts with seven newspapers; after a week-long hunger strike by their editors, the Daur publishing house agreed to publish five of them.",
    body: "In September, the Vremya printing house unexpectedly cancelled contracts with seven newspapers, with no explanation given. Likewise, other printing firms in Kazakhstan's former capital, Almaty, also refused to print the publications. After a week-long hunger strike by the editors of these papers, the Daur publishing house agreed to publish five of the newspapers. Virtually all of Kazakhstan's broadcast media are owned by firms closely associated with the government; newspapers are some of the few sources of independent reporting.",
    startDate: "2005-09-01",
    datePrecision: "MONTH",
    topics: ["politics-freedom-of-speech-and-the-press"],
    places: ["almaty"],
    actors: [
      { actor: "vremya-printing-house", role: "cancelled contracts" },
      { actor: "daur-publishing-house", role: "agreed to publish five of the newspapers" },
    ],
    citations: [
      cite(
        SECTION.politics,
        "In September, the Vremya printing house unexpectedly cancelled contracts with seven newspapers, with no explanation given.",
      ),
    ],
  },
  {
    slug: "2005-presidential-elections",
    title: "Presidential elections",
    summary:
      "Kazakhstan held presidential elections on 2 December 2005, after months in which efforts were made to restrict dissent.",
    body: "Some outsider observers, including HRW, have noted increasing anxiety in the Kazakh government after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan. Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government's attempt to prevent such transformation from occurring in Kazakhstan.",
    startDate: "2005-12-02",
    datePrecision: "DAY",
    topics: ["politics-freedom-of-speech-and-the-press"],
    places: ["kazakhstan", "georgia", "ukraine", "kyrgyzstan"],
    actors: [
      { actor: "human-rights-watch", role: "noted increasing anxiety in the Kazakh government" },
    ],
    citations: [
      cite(
        SECTION.politics,
        "Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government's attempt to prevent such transformation from occurring in Kazakhstan.",
      ),
      citeVia("hrw-observations-2005-presidential-elections", SECTION.politics),
    ],
  },
  {
    slug: "2016-human-rights-day-roundtable-in-astana",
    title: "Human Rights Day roundtable in Astana",
    summary:
      "On Human Rights Day, 10 December 2016, Astana hosted a roundtable bringing together Kazakh officials and representatives of international organizations.",
    body: "In 2016 Astana hosted a roundtable discussion on Human Rights Day, December 10. The event brought together Kazakh officials and representatives of international organizations, such as International Organisation for Migration (IOM), EU, United Nations Development Programme (UNDP), Organization for Security and Co-operation in Europe (OSCE).",
    startDate: "2016-12-10",
    datePrecision: "DAY",
    topics: ["politics-freedom-of-speech-and-the-press"],
    places: ["astana"],
    actors: [
      { actor: "government-of-kazakhstan", role: "participant" },
      { actor: "international-organisation-for-migration", role: "participant" },
      { actor: "european-union", role: "participant" },
      { actor: "united-nations-development-programme", role: "participant" },
      { actor: "osce", role: "participant" },
    ],
    citations: [
      cite(
        SECTION.politics,
        "In 2016 Astana hosted a roundtable discussion on Human Rights Day, December 10.",
      ),
    ],
  },
  {
    slug: "2018-trade-union-leader-dmitry-senyavskii-attacked",
    title: "Trade union leader Dmitry Senyavskii attacked",
    summary:
      "On 10 November 2018, trade union leader Dmitry Senyavskii was attacked and beaten by unidentified persons and taken to hospital.",
    body: "On November 10, 2018 Dmitry Senyavskii, a trade union leader in Kazakhstan was attacked and viciously beaten up by some unidentified persons and was taken to hospital. The International Labour Organization (ILO) has frequently called on the government of Kazakhstan to modify the restricting trade laws and maintain its commitments with international labor rights.",
    startDate: "2018-11-10",
    datePrecision: "DAY",
    topics: ["politics-freedom-of-speech-and-the-press"],
    places: ["kazakhstan"],
    actors: [
      { actor: "dmitry-senyavskii", role: "attacked" },
      {
        actor: "international-labour-organization",
        role: "has called for trade laws to be modified",
      },
    ],
    citations: [
      cite(
        SECTION.politics,
        "On November 10, 2018 Dmitry Senyavskii, a trade union leader in Kazakhstan was attacked and viciously beaten up by some unidentified persons and was taken to hospital.",
      ),
      citeVia("ilo-calls-on-kazakhstan-trade-laws", SECTION.politics),
    ],
  },

  // ───────────── Right to fair trial ─────────────
  {
    slug: "2014-us-government-report-on-acquittals",
    title: "US government report: fewer than one percent of defendants acquitted",
    summary:
      "A US government report released in 2014 found that fewer than one percent of criminal defendants in Kazakhstan were acquitted in public prosecution cases in trial courts.",
    body: `According to a US government report released in 2014, in Kazakhstan:

> Fewer than one percent of criminal defendants have been acquitted in the cases of public prosecution in trial courts. Meanwhile, the appellate courts tend to overturn acquittals much more often than convictions.`,
    startDate: "2014-01-01",
    datePrecision: "YEAR",
    topics: ["right-to-fair-trial"],
    places: ["kazakhstan"],
    actors: [{ actor: "us-government", role: "published report" }],
    citations: [
      cite(SECTION.fairTrial),
      citeVia(
        "us-government-report-2014",
        SECTION.fairTrial,
        "Fewer than one percent of criminal defendants have been acquitted in the cases of public prosecution in trial courts. Meanwhile, the appellate courts tend to overturn acquittals much more often than convictions.",
      ),
    ],
  },

  // ───────────── Religious freedom ─────────────
  {
    slug: "1992-law-on-freedom-of-religion-and-religious-associations",
    title: "Law on Freedom of Religion and Religious Associations adopted",
    summary:
      "In 1992, after gaining independence, Kazakhstan adopted the Law on Freedom of Religion and Religious Associations.",
    body: "In 1992 after gaining independence Kazakhstan adopted the Law on Freedom of Religion and Religious Associations, which aimed to ensure inter-faith tolerance and religious freedom.",
    startDate: "1992-01-01",
    datePrecision: "YEAR",
    topics: ["religious-freedom"],
    places: ["kazakhstan"],
    actors: [{ actor: "government-of-kazakhstan", role: "adopted the law" }],
    citations: [
      cite(
        SECTION.religion,
        "In 1992 after gaining independence Kazakhstan adopted the Law on Freedom of Religion and Religious Associations, which aimed to ensure inter-faith tolerance and religious freedom.",
      ),
      citeVia("law-on-freedom-of-religion-and-religious-associations-1992", SECTION.religion),
    ],
  },
  {
    slug: "2003-first-congress-of-leaders-of-world-and-traditional-religions",
    title: "First Congress of the Leaders of World and Traditional Religions",
    summary:
      "Kazakhstan hosted the first Congress of the Leaders of World and Traditional Religions in 2003, attended by 17 religious delegations.",
    body: "In order to promote inter-confessional dialogue and prevent religious conflict worldwide, Kazakhstan hosts regular Congress of the Leaders of World and Traditional Religions. The first congress was held in 2003 and was attended by 17 religious delegations.",
    startDate: "2003-01-01",
    datePrecision: "YEAR",
    topics: ["religious-freedom"],
    places: ["kazakhstan"],
    actors: [
      {
        actor: "congress-of-the-leaders-of-world-and-traditional-religions",
        role: "held its first congress",
      },
      { actor: "government-of-kazakhstan", role: "host" },
    ],
    citations: [
      cite(
        SECTION.religion,
        "The first congress was held in 2003 and was attended by 17 religious delegations.",
      ),
    ],
  },
  {
    slug: "2011-religion-law",
    title: "2011 religion law",
    summary:
      'The document refers to the 2011 religion law, to which a UN special rapporteur on freedom of religion recommended "far-reaching reforms"; it does not date the recommendation.',
    body: 'A UN special rapporteur on freedom of religion recommended "far-reaching reforms" to the 2011 religion law, finding, for example, that "non-registered religious communities ... suffer from serious infringements of their freedom of religion."',
    startDate: "2011-01-01",
    datePrecision: "YEAR",
    topics: ["religious-freedom"],
    places: ["kazakhstan"],
    actors: [
      {
        actor: "un-special-rapporteur-on-freedom-of-religion",
        role: 'recommended "far-reaching reforms" to the law (undated)',
      },
    ],
    citations: [
      cite(SECTION.religion),
      citeVia("religion-law-2011", SECTION.religion),
      citeVia(
        "un-special-rapporteur-on-freedom-of-religion-findings",
        SECTION.religion,
        "far-reaching reforms",
      ),
      citeVia(
        "un-special-rapporteur-on-freedom-of-religion-findings",
        SECTION.religion,
        "non-registered religious communities ... suffer from serious infringements of their freedom of religion.",
      ),
    ],
  },
  {
    slug: "2014-minority-religious-groups-fined-and-detained",
    title: "Human Rights Watch: minority religious groups fined and detained in 2014",
    summary:
      "According to Human Rights Watch, minority religious groups continued to be subjected to fines and short-term detention in 2014 for violating a restrictive religion law.",
    body: 'Human Rights Watch however has said that "Minority religious groups continued to be subjected to fines and short-term detention in 2014 for violating a restrictive religion law".',
    startDate: "2014-01-01",
    datePrecision: "YEAR",
    topics: ["religious-freedom"],
    places: ["kazakhstan"],
    actors: [{ actor: "human-rights-watch", role: "reported" }],
    citations: [
      cite(SECTION.religion),
      citeVia(
        "hrw-on-religious-freedom-2014",
        SECTION.religion,
        "Minority religious groups continued to be subjected to fines and short-term detention in 2014 for violating a restrictive religion law",
      ),
    ],
  },
  {
    slug: "2016-religions-against-terrorism-conference",
    title: "Religions against Terrorism conference",
    summary:
      "On 31 May 2016, the Congress of the Leaders of World and Traditional Religions held an international conference, Religions against Terrorism.",
    body: "In order to address the threat of religious extremism, the Congress of the Leaders of World and Traditional Religions held international conference, Religions against Terrorism, on May 31, 2016.",
    startDate: "2016-05-31",
    datePrecision: "DAY",
    topics: ["religious-freedom"],
    places: [],
    actors: [
      { actor: "congress-of-the-leaders-of-world-and-traditional-religions", role: "organiser" },
    ],
    citations: [
      cite(
        SECTION.religion,
        "In order to address the threat of religious extremism, the Congress of the Leaders of World and Traditional Religions held international conference, Religions against Terrorism, on May 31, 2016.",
      ),
    ],
  },
  {
    slug: "2016-15th-session-of-the-congress-of-leaders-of-world-and-traditional-religions",
    title: "15th session of the Congress of the Leaders of World and Traditional Religions",
    summary:
      "On 1 June 2016, one day after its Religions against Terrorism conference, the Congress held its 15th session in Astana.",
    body: "One day later [after the Religions against Terrorism conference of May 31, 2016] the Congress held its 15th session in Astana.",
    startDate: "2016-06-01",
    datePrecision: "DAY",
    topics: ["religious-freedom"],
    places: ["astana"],
    actors: [
      {
        actor: "congress-of-the-leaders-of-world-and-traditional-religions",
        role: "held its 15th session",
      },
    ],
    citations: [
      cite(SECTION.religion, "One day later the Congress held its 15th session in Astana."),
    ],
  },
  {
    slug: "2019-inaugural-religious-freedom-working-group",
    title: "Inaugural Religious Freedom Working Group with the U.S. Department of State",
    summary:
      "In May 2019, an inaugural Religious Freedom Working Group between the Kazakhstani government and representatives from the U.S. Department of State took place in Kazakhstan.",
    body: 'An inaugural Religious Freedom Working Group between the Kazakhstani government and representatives from the U.S. Department of State took place in Kazakhstan in May 2019. The U.S. Commission on International Religious Freedom (USCIRF) delegation participated in the Working Group. According to the USCIRF report, religious communities "have a positive dialogue with the government and believe their trajectory in the country is good."',
    startDate: "2019-05-01",
    datePrecision: "MONTH",
    topics: ["religious-freedom"],
    places: ["kazakhstan"],
    actors: [
      { actor: "government-of-kazakhstan", role: "participant" },
      { actor: "us-department-of-state", role: "participant" },
      { actor: "uscirf", role: "participant" },
    ],
    citations: [
      cite(
        SECTION.religion,
        "An inaugural Religious Freedom Working Group between the Kazakhstani government and representatives from the U.S. Department of State took place in Kazakhstan in May 2019.",
      ),
      citeVia(
        "uscirf-report-on-kazakhstan",
        SECTION.religion,
        "have a positive dialogue with the government and believe their trajectory in the country is good.",
      ),
    ],
  },
  {
    slug: "2006-hare-krishna-evictions",
    title: "Hare Krishna followers evicted from thirteen homes",
    summary:
      "On 20 November 2006, riot police and executors of the Karasai district evicted Hare Krishna followers from thirteen homes, which the police then demolished.",
    body: `On November 20, 2006, three buses full of riot police, two ambulances, two empty lorries, and executors of the Karasai district arrived at the community in sub-zero weather and evicted the Hare Krishna followers from thirteen homes, which the police proceeded to demolish.

The Forum 18 News Service reported, "Riot police who took part in the destruction threw personal belongings of the Hare Krishna devotees into the snow, and many devotees were left without clothes. Power for lighting and heating systems had been cut off before the demolition began. Furniture and larger household belongings were loaded onto trucks. Officials said these possessions would be destroyed. Two men who tried to prevent the bailiffs from entering a house to destroy it were seized by 15 police officers who twisted their hands and took them away to the police car."

In response to these events the Organization for Security and Cooperation in Europe issued a statement: "It appears that state-sponsored action has been focused upon members of the Hare Krishna community in a manner that suggests they have been targeted on the basis of their religious affiliation."

Kazakh officials claimed that the evictions were legitimate, and that the properties had been acquired illegally.`,
    startDate: "2006-11-20",
    datePrecision: "DAY",
    topics: ["religious-freedom"],
    places: ["karasai-district"],
    actors: [
      { actor: "hare-krishna-community", role: "evicted" },
      { actor: "police-of-kazakhstan", role: "carried out the evictions and demolitions" },
      {
        actor: "government-of-kazakhstan",
        role: "Kazakh officials claimed the evictions were legitimate",
      },
      { actor: "forum-18-news-service", role: "reported" },
      { actor: "osce", role: "issued a statement" },
    ],
    citations: [
      cite(SECTION.hareKrishna),
      citeVia(
        "forum-18-hare-krishna-evictions-2006",
        SECTION.hareKrishna,
        "Riot police who took part in the destruction threw personal belongings of the Hare Krishna devotees into the snow, and many devotees were left without clothes.",
      ),
      citeVia(
        "osce-statement-hare-krishna-evictions-2006",
        SECTION.hareKrishna,
        "It appears that state-sponsored action has been focused upon members of the Hare Krishna community in a manner that suggests they have been targeted on the basis of their religious affiliation.",
      ),
      cite(
        attributed(SECTION.hareKrishna, "Kazakh officials"),
        "Kazakh officials claimed that the evictions were legitimate, and that the properties had been acquired illegally.",
      ),
    ],
  },
  {
    slug: "2018-arrest-of-whatsapp-group-members",
    title: "Nine members of a WhatsApp group arrested",
    summary:
      "In 2018, the government arrested nine men who were members of a WhatsApp group chat for discussing Islam; the Working Group on Arbitrary Detention found the arrest violated international law.",
    body: `In 2018, the government of Kazakhstan made a mass arrest of nine Kazakh men who were members of a group chat for discussing Islam on the messaging app WhatsApp. Their arrest was determined to be in violation of international law by the Working Group on Arbitrary Detention. However, five of the men remain imprisoned, and the four that are no longer imprisoned still face restrictions.

The five who remain imprisoned are: ${WHATSAPP_DETAINEES.map(([, name]) => name).join(", ")}.`,
    startDate: "2018-01-01",
    datePrecision: "YEAR",
    topics: ["religious-freedom"],
    places: ["kazakhstan"],
    actors: [
      { actor: "government-of-kazakhstan", role: "made the arrests" },
      ...WHATSAPP_DETAINEES.map(([actor]) => ({ actor, role: "arrested; remains imprisoned" })),
      {
        actor: "working-group-on-arbitrary-detention",
        role: "found the arrest in violation of international law",
      },
    ],
    citations: [
      cite(
        SECTION.whatsApp,
        "The five who remain imprisoned are: Beket Mynbasov, Samat Adilov, Nazim Abdrakhmanov, Ernar Samatov and Bolatbek Nurgaliyev.",
      ),
      citeVia("wgad-determination-whatsapp-group-arrests", SECTION.whatsApp),
    ],
  },

  // ───────────── Protests ─────────────
  {
    slug: "2011-zhanaozen-oil-worker-strikes",
    title: "Zhanaozen oil worker strikes and clashes with police",
    summary:
      "On 16 December 2011, protesters consisting primarily of oil workers clashed with police in Zhanaozen, due to the former's demands of better work conditions and higher pay; according to official sources 15 people were found dead.",
    body: `On 16 December 2011, there were clashes between protesters and police due to the former's demands of better work conditions and higher pay. Protesters consisted primarily of oil workers with oil fields responding by sacking hundreds of workers.

Eyewitnesses claimed police opened fire on unarmed protesters in the town of Zhanaozen, but according to government officials police were forced to defend themselves. The clashes occurred when police tried to clear the town square in light of Kazakhstan's 20th independence day.

There were signs of attempts at censorship of outgoing information, with internet users reporting difficulties accessing independent news websites and Twitter. According to official sources 15 people were found dead after the clashes.`,
    startDate: "2011-12-16",
    datePrecision: "DAY",
    topics: ["protests"],
    places: ["zhanaozen"],
    actors: [
      { actor: "police-of-kazakhstan", role: "clashed with protesters" },
      {
        actor: "government-of-kazakhstan",
        role: "according to government officials, police were forced to defend themselves",
      },
    ],
    citations: [
      cite(
        SECTION.zhanaozen,
        "On 16 December 2011, there were clashes between protesters and police due to the former's demands of better work conditions and higher pay.",
      ),
      cite(
        attributed(SECTION.zhanaozen, "eyewitnesses"),
        "Eyewitnesses claimed police opened fire on unarmed protesters in the town of Zhanaozen",
      ),
      cite(
        attributed(SECTION.zhanaozen, "government officials"),
        "according to government officials police were forced to defend themselves.",
      ),
      cite(
        attributed(SECTION.zhanaozen, "official sources"),
        "According to official sources 15 people were found dead after the clashes.",
      ),
    ],
  },
  {
    slug: "2016-land-reform-protests",
    title: "Land-reform protests",
    summary:
      "Land-reform protests in April and May 2016, in relation to changes in the law in relation to land ownership; two hundred activists and protestors were arrested.",
    body: "In April and May 2016, in relation to changes in the law in relation to land ownership. Two hundred activists and protestors were arrested.",
    startDate: "2016-04-01",
    endDate: "2016-05-01",
    datePrecision: "MONTH",
    topics: ["protests"],
    places: ["kazakhstan"],
    actors: [],
    citations: [cite(SECTION.landReform, "Two hundred activists and protestors were arrested.")],
  },
  {
    slug: "2019-protests-after-five-sisters-die-in-house-fire",
    title: "Protests after five sisters die in a house fire",
    summary:
      "Protests took place in February 2019 after five sisters died in a house fire while their parents were working night shifts.",
    body: "Protests took place in February after five sisters died in a house fire while their parents were working night shifts and anger spread on online social networks, leading to further protests.",
    startDate: "2019-02-01",
    datePrecision: "MONTH",
    topics: ["protests"],
    places: ["kazakhstan"],
    actors: [],
    citations: [
      cite(
        SECTION.protests2019,
        "Protests took place in February after five sisters died in a house fire while their parents were working night shifts and anger spread on online social networks, leading to further protests.",
      ),
    ],
  },
  {
    slug: "2019-nazarbayev-dismisses-the-government",
    title: "Nazarbayev dismisses the government",
    summary: "In 2019, Nursultan Nazarbayev dismissed the government.",
    body: "Nursultan Nazarbayev dismissed the government and on 19 March 2019 resigned his formal position as president, while retaining other positions of power.",
    // The text dates only the resignation; the dismissal is dated by the "2019 protests" heading alone.
    startDate: "2019-01-01",
    datePrecision: "YEAR",
    topics: ["protests"],
    places: ["kazakhstan"],
    actors: [{ actor: "nursultan-nazarbayev", role: "dismissed the government" }],
    citations: [cite(SECTION.protests2019, "Nursultan Nazarbayev dismissed the government")],
  },
  {
    slug: "2019-nazarbayev-resigns-as-president",
    title: "Nazarbayev resigns as president",
    summary:
      "On 19 March 2019, Nursultan Nazarbayev resigned his formal position as president, while retaining other positions of power.",
    body: "Nursultan Nazarbayev dismissed the government and on 19 March 2019 resigned his formal position as president, while retaining other positions of power.",
    startDate: "2019-03-19",
    datePrecision: "DAY",
    topics: ["protests"],
    places: ["kazakhstan"],
    actors: [{ actor: "nursultan-nazarbayev", role: "resigned" }],
    citations: [
      cite(
        SECTION.protests2019,
        "on 19 March 2019 resigned his formal position as president, while retaining other positions of power.",
      ),
    ],
  },
  {
    slug: "2019-snap-presidential-elections",
    title: "Snap presidential elections",
    summary:
      "Kazakhstan held snap presidential elections in 2019, with results appearing to show an overwhelming victory for interim President Kassym-Jomart Tokayev.",
    body: "The snap 2019 Kazakh presidential elections had results appearing to show an overwhelming victory for interim President Kassym-Jomart Tokayev. Activists called for boycott of the election.",
    startDate: "2019-01-01",
    datePrecision: "YEAR",
    topics: ["protests"],
    places: ["kazakhstan"],
    actors: [
      {
        actor: "kassym-jomart-tokayev",
        role: "interim President; results appeared to show his victory",
      },
    ],
    citations: [
      cite(
        SECTION.protests2019,
        "After the snap 2019 Kazakh presidential elections with results appearing to show an overwhelming victory for interim President Kassym-Jomart Tokayev",
      ),
    ],
  },
  {
    slug: "2019-protests-after-the-snap-presidential-elections",
    title: "Protests and detentions after the snap presidential elections",
    summary:
      "After the snap 2019 presidential elections there were several protests in Nur-Sultan and Almaty; more than 100 protesters were detained in Almaty and twenty in Shymkent.",
    body: "After the snap 2019 Kazakh presidential elections with results appearing to show an overwhelming victory for interim President Kassym-Jomart Tokayev, there were several protests in cities of Nur-Sultan and Almaty. More than 100 protesters were detained in Astana Square in Almaty, as activists called for boycott of the election. Amongst the detained were some foreign and local journalists covering the event. Internet access in Nur-Sultan and Almaty was reported to be significantly slowed down, with it being difficult to access social media sites and to prevent live-streaming. Twenty protesters were also detained in the southern city of Shymkent.",
    startDate: "2019-01-01",
    datePrecision: "YEAR",
    topics: ["protests"],
    // The document names Nur-Sultan and never says it is Astana: no place is linked for it.
    places: ["almaty", "astana-square-almaty", "shymkent"],
    actors: [],
    citations: [
      cite(
        SECTION.protests2019,
        "More than 100 protesters were detained in Astana Square in Almaty, as activists called for boycott of the election.",
      ),
    ],
  },
  ...(
    [
      ["september", "September", "2019-09-01"],
      ["october", "October", "2019-10-01"],
      ["december", "December", "2019-12-01"],
    ] as const
  ).map(([slugMonth, month, startDate]): SeedEvent => ({
    slug: `2019-protest-incidents-${slugMonth}`,
    title: `Protest incidents continue (${month} 2019)`,
    summary: `Protest incidents continued in ${month} 2019.`,
    body: "Protest incidents continued in September, October and December 2019.",
    startDate,
    datePrecision: "MONTH",
    topics: ["protests"],
    places: ["kazakhstan"],
    actors: [],
    citations: [
      cite(
        SECTION.protests2019,
        "Protest incidents continued in September, October and December 2019.",
      ),
    ],
  })),

  // ───────────── Human rights dialogue ─────────────
  {
    slug: "2008-eu-and-kazakhstan-agree-annual-human-rights-dialogue",
    title: "EU and Kazakhstan agree to an annual human rights dialogue",
    summary:
      'In 2008, in line with its "Strategy for a New Partnership" with Central Asia, the European Union agreed with Kazakhstan to establish an annual human rights dialogue.',
    body: 'In 2008, in line with its "Strategy for a New Partnership" with Central Asia, the European Union agreed with the Republic of Kazakhstan to establish an annual human rights dialogue. These dialogues constitute an essential part of the EU\'s overall strategy to promote respect for human rights and fundamental freedoms, sustainable development, peace and stability.',
    startDate: "2008-01-01",
    datePrecision: "YEAR",
    topics: ["human-rights-dialogue"],
    places: [],
    actors: [
      { actor: "european-union", role: "party to the agreement" },
      { actor: "government-of-kazakhstan", role: "party to the agreement" },
    ],
    citations: [
      cite(SECTION.dialogue),
      citeVia(
        "eu-strategy-for-a-new-partnership-with-central-asia",
        SECTION.dialogue,
        "Strategy for a New Partnership",
      ),
    ],
  },
  {
    slug: "2008-first-eu-kazakhstan-human-rights-dialogue",
    title: "First round of the EU-Kazakhstan human rights dialogue",
    summary:
      "The first round of the annual EU-Kazakhstan human rights dialogue was held on 15 October 2008 in Astana.",
    body: "The first round of the annual human rights dialogue between the European Union and the Republic of Kazakhstan was held on 15 October 2008 in Astana.",
    startDate: "2008-10-15",
    datePrecision: "DAY",
    topics: ["human-rights-dialogue"],
    places: ["astana"],
    actors: [
      { actor: "european-union", role: "party to the dialogue" },
      { actor: "government-of-kazakhstan", role: "party to the dialogue" },
    ],
    citations: [cite(SECTION.dialogue, "its first round was held on 15 October 2008 in Astana.")],
  },
  {
    slug: "2014-sixth-eu-kazakhstan-human-rights-dialogue",
    title: "Sixth EU-Kazakhstan Human Rights Dialogue in Brussels",
    summary:
      "On 12 November 2014 the European Union and Kazakhstan held the sixth round of the annual Human Rights Dialogue in Brussels.",
    body: `On 12 November 2014 the European Union and Kazakhstan held the sixth round of the annual Human Rights Dialogue in Brussels. The Kazakh delegation was led by Mr Yogan Merkel, First Deputy Prosecutor General, who was accompanied by Mr Vyacheslav Kalyuzhnyy, Director of the National Centre for Human Rights, and other senior officials. The EU delegation was led by Mr Silvio Gonzato, Director for Human Rights and Democracy at the European External Action Service.

The dialogue was held in a positive and constructive atmosphere. The EU welcomed Kazakhstan's development of a functioning National Preventive Mechanism for the monitoring of places of detention, and encouraged further steps to strengthen the Office of the Ombudsman and the National Centre for Human Rights. The EU acknowledged Kazakhstan's recent engagement in the second cycle of the Universal Period Review (UPR) process at the UN Human Rights Council, and encouraged the Kazakh authorities to consider accepting a number of UPR recommendations that it initially did not support.`,
    startDate: "2014-11-12",
    datePrecision: "DAY",
    topics: ["human-rights-dialogue"],
    places: ["brussels"],
    actors: [
      { actor: "european-union", role: "party to the dialogue" },
      { actor: "government-of-kazakhstan", role: "party to the dialogue" },
      { actor: "yogan-merkel", role: "head of the Kazakh delegation" },
      { actor: "vyacheslav-kalyuzhnyy", role: "member of the Kazakh delegation" },
      { actor: "silvio-gonzato", role: "head of the EU delegation" },
      {
        actor: "european-external-action-service",
        role: "its Director for Human Rights and Democracy led the EU delegation",
      },
      { actor: "national-centre-for-human-rights", role: "EU encouraged its strengthening" },
      { actor: "commissioner-for-human-rights", role: "EU encouraged its strengthening" },
    ],
    citations: [
      cite(
        SECTION.dialogue,
        "On 12 November 2014 the European Union and Kazakhstan held the sixth round of the annual Human Rights Dialogue in Brussels.",
      ),
    ],
  },
  {
    slug: "2018-tenth-eu-kazakhstan-human-rights-dialogue",
    title: "10th EU-Kazakhstan Human Rights Dialogue in Brussels",
    summary:
      "The 10th EU-Kazakhstan Human Rights Dialogue was held on 20–21 November 2018 in Brussels.",
    body: "The 10th EU-Kazakhstan Human Rights Dialogue was held on 20–21 November 2018 in Brussels. The EU noted Kazakhstan's improvements regarding laws and policies vis-à-vis civil society. It was emphasized that Kazakhstan should continue to take steps to foster an enabling environment, including for NGOs, lawyers and journalists.",
    startDate: "2018-11-20",
    endDate: "2018-11-21",
    datePrecision: "DAY",
    topics: ["human-rights-dialogue"],
    places: ["brussels"],
    actors: [
      { actor: "european-union", role: "party to the dialogue" },
      { actor: "government-of-kazakhstan", role: "party to the dialogue" },
    ],
    citations: [
      cite(
        SECTION.dialogue,
        "The 10th EU-Kazakhstan Human Rights Dialogue was held on 20–21 November 2018 in Brussels.",
      ),
    ],
  },
  {
    slug: "2020-twelfth-eu-kazakhstan-human-rights-dialogue",
    title: "12th EU-Kazakhstan Human Rights Dialogue",
    summary:
      "At the 12th EU-Kazakhstan Human Rights Dialogue in November 2020, the EU acknowledged Kazakhstan's continuing reform process but urged speedy implementation.",
    body: 'During the 12th EU-Kazakhstan Human Rights Dialogue held in November 2020, the EU "acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms" but urged speedy implementation.',
    startDate: "2020-11-01",
    datePrecision: "MONTH",
    topics: ["human-rights-dialogue"],
    places: [],
    actors: [
      { actor: "european-union", role: "party to the dialogue" },
      { actor: "government-of-kazakhstan", role: "party to the dialogue" },
      { actor: "supreme-council-for-reforms", role: "its establishment acknowledged by the EU" },
    ],
    citations: [
      cite(
        attributed(SECTION.dialogue, "the EU"),
        "acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms",
      ),
      // Not named by the document; verified in docs/sources.md to contain the words it quotes.
      citeVia(
        "eu-statement-human-rights-dialogue-2020",
        attributed(SECTION.dialogue, "the EU"),
        "acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms",
      ),
    ],
  },

  // ───────────── Rule of law ─────────────
  {
    slug: "2015-ngo-law-amendments",
    title: "Amendments to the law on NGO activities",
    summary:
      "In 2015 Kazakhstan introduced amendments to the law on nongovernmental organisation (NGO) activities.",
    body: "In 2015 Kazakhstan introduced amendments to the law on nongovernmental organisation (NGO) activities. The law guarantees to NGOs free access to public, international and private financing allowing them to actively participate in the social and political development of the country.",
    startDate: "2015-01-01",
    datePrecision: "YEAR",
    topics: ["rule-of-law"],
    places: ["kazakhstan"],
    actors: [{ actor: "government-of-kazakhstan", role: "introduced the amendments" }],
    citations: [
      cite(
        SECTION.ruleOfLaw,
        "In 2015 Kazakhstan introduced amendments to the law on nongovernmental organisation (NGO) activities.",
      ),
      citeVia("ngo-law-amendments-2015", SECTION.ruleOfLaw),
    ],
  },
  {
    slug: "2017-president-proposes-delegating-powers-to-parliament",
    title: "President proposes delegating some presidential powers to Parliament",
    summary:
      "In January 2017 Kazakhstan's President proposed a reform aimed at delegating some of the President's powers to the Parliament.",
    body: "In January 2017 Kazakhstan's President proposed a reform aimed at delegating some of the President's powers to the Parliament. This initiative is expected to create a stronger system of checks and balances in Kazakhstan.",
    startDate: "2017-01-01",
    datePrecision: "MONTH",
    topics: ["rule-of-law"],
    places: ["kazakhstan"],
    actors: [
      // The paragraph does not name the President; the document's ratings table gives Nursultan
      // Nazarbayev as president for 2017.
      { actor: "nursultan-nazarbayev", role: "proposed the reform" },
      { actor: "parliament-of-kazakhstan", role: "would receive delegated powers" },
    ],
    citations: [
      cite(
        SECTION.ruleOfLaw,
        "In January 2017 Kazakhstan's President proposed a reform aimed at delegating some of the President's powers to the Parliament.",
      ),
      cite(SECTION.history),
    ],
  },
  {
    slug: "2017-kazakhstan-joins-the-hcch",
    title: "Kazakhstan becomes a member of the Hague Conference on Private International Law",
    summary:
      "Kazakhstan has been a member of the Hague Conference on Private International Law (HCCH) since May 2017.",
    body: "Kazakhstan is a member of the Hague Conference on Private International Law (HCCH) since May 2017. The HCCH is aimed at promoting the harmonisation of conflict of laws principles in diverse subject matters within private international law, which contributes to the promotion of rule of law.",
    startDate: "2017-05-01",
    datePrecision: "MONTH",
    topics: ["rule-of-law"],
    places: [],
    actors: [
      { actor: "government-of-kazakhstan", role: "became a member" },
      { actor: "hcch", role: "organisation Kazakhstan joined" },
    ],
    citations: [
      cite(
        SECTION.ruleOfLaw,
        "Kazakhstan is a member of the Hague Conference on Private International Law (HCCH) since May 2017.",
      ),
    ],
  },
  {
    slug: "2019-national-council-of-public-trust-established",
    title: "National Council of Public Trust established",
    summary:
      "On 17 July 2019, President Kassym-Jomart Tokayev established the National Council of Public Trust, an advisory body to make government more responsive to the people.",
    body: `The National Council of Public Trust of Kazakhstan also plays an important role in promoting the rule of law. It is an advisory body that was established by the President of Kazakhstan, Kassym-Jomart Tokayev, on July 17, 2019 to make government more responsive to the people.

Kazakhstan President Kassym-Jomart Tokayev established the National Council of Public Trust in July 2019 as a dialogue platform for government to be more responsive to the public.`,
    startDate: "2019-07-17",
    datePrecision: "DAY",
    topics: ["rule-of-law", "national-council-of-public-trust"],
    places: ["kazakhstan"],
    actors: [
      { actor: "kassym-jomart-tokayev", role: "established the council" },
      { actor: "national-council-of-public-trust", role: "established" },
    ],
    citations: [
      cite(
        SECTION.ruleOfLaw,
        "It is an advisory body that was established by the President of Kazakhstan, Kassym-Jomart Tokayev, on July 17, 2019 to make government more responsive to the people.",
      ),
      cite(SECTION.ncpt),
    ],
  },
  {
    slug: "2020-usaid-rule-of-law-program-launched",
    title: "Five-year rule of law program with USAID launched",
    summary:
      "In September 2020, a five-year rule of law program for over $7 million, under which Kazakhstan partners with USAID, was launched.",
    body: "Kazakhstan partners with the USAID under a five-year rule of law program for over $7 million launched in September 2020. The Kazakh Supreme Court and the Ministry of Information and Public Development work closely with the USAID as part of the program to improve public trust and demonstrate greater alignment with internationally recognized standards.",
    startDate: "2020-09-01",
    datePrecision: "MONTH",
    topics: ["rule-of-law"],
    places: ["kazakhstan"],
    actors: [
      { actor: "usaid", role: "partner" },
      { actor: "supreme-court-of-kazakhstan", role: "works with USAID under the program" },
      {
        actor: "ministry-of-information-and-public-development",
        role: "works with USAID under the program",
      },
    ],
    citations: [
      cite(
        SECTION.ruleOfLaw,
        "Kazakhstan partners with the USAID under a five-year rule of law program for over $7 million launched in September 2020.",
      ),
    ],
  },
  {
    slug: "2020-kazakhstan-ranked-62nd-in-rule-of-law-index",
    title: "Kazakhstan ranked 62nd in the Rule of Law Index",
    summary:
      "In 2020, Kazakhstan was ranked 62nd in the Rule of Law Index, climbing three positions since 2015.",
    body: "In 2020, the country was ranked 62nd in the Rule of Law Index, climbing three positions since 2015.",
    startDate: "2020-01-01",
    datePrecision: "YEAR",
    topics: ["rule-of-law"],
    places: ["kazakhstan"],
    actors: [],
    citations: [
      cite(
        SECTION.ruleOfLaw,
        "In 2020, the country was ranked 62nd in the Rule of Law Index, climbing three positions since 2015.",
      ),
      citeVia("rule-of-law-index", SECTION.ruleOfLaw),
    ],
  },

  // ───────────── Ethnic diversity ─────────────
  {
    slug: "2015-day-of-gratitude-introduced",
    title: "Day of Gratitude introduced as a new holiday",
    summary:
      "In 2015, the Assembly of the People of Kazakhstan introduced a Day of Gratitude, celebrated on 1 March, on a proposal by President Nursultan Nazarbayev.",
    body: "In 2015, the Assembly of the People of Kazakhstan (APK) introduced a Day of Gratitude as a new holiday of Kazakhstan. The proposal to establish it was delivered by President Nursultan Nazarbayev. The Day of Gratitude is celebrated on 1 March and marks the historic past and multi-ethnic unity of the country.",
    startDate: "2015-01-01",
    datePrecision: "YEAR",
    topics: ["ethnic-diversity"],
    places: ["kazakhstan"],
    actors: [
      { actor: "assembly-of-people-of-kazakhstan", role: "introduced the holiday" },
      { actor: "nursultan-nazarbayev", role: "proposed the holiday" },
    ],
    citations: [
      cite(
        SECTION.ethnic,
        "In 2015, the Assembly of the People of Kazakhstan (APK) introduced a Day of Gratitude as a new holiday of Kazakhstan.",
      ),
    ],
  },

  // ───────────── Commissioner for Human Rights ─────────────
  {
    slug: "2002-commissioner-for-human-rights-established",
    title: "Commissioner for Human Rights (Ombudsman) established",
    summary:
      "On 19 September 2002, the institution of the Commissioner for Human Rights, Kazakhstan's Ombudsman, was established by the President's Decree.",
    body: "The institution of the Commissioner for human rights (Kazakhstan's Ombudsman) was established on September 19, 2002 by the President's Decree. The Commissioner and his associated organization, the National Center for Human Rights, are empowered to investigate human rights issues in the government per the decree of President Nazarbayev.",
    startDate: "2002-09-19",
    datePrecision: "DAY",
    topics: ["commissioner-for-human-rights"],
    places: ["kazakhstan"],
    actors: [
      { actor: "commissioner-for-human-rights", role: "established" },
      { actor: "national-centre-for-human-rights", role: "associated organization" },
      { actor: "nursultan-nazarbayev", role: "issued the decree" },
    ],
    citations: [
      cite(
        SECTION.commissioner,
        "The institution of the Commissioner for human rights (Kazakhstan's Ombudsman) was established on September 19, 2002 by the President's Decree.",
      ),
      citeVia("presidential-decree-commissioner-for-human-rights-2002", SECTION.commissioner),
    ],
  },

  // ───────────── National Council of Public Trust ─────────────
  {
    slug: "2019-first-meeting-of-the-national-council-of-public-trust",
    title: "First meeting of the National Council of Public Trust",
    summary:
      "The National Council of Public Trust convened its first meeting on 6 September 2019, focused on decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.",
    body: "The Council convened its first meeting on September 6, 2019. The Council meeting was focused on the following topics: decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.",
    startDate: "2019-09-06",
    datePrecision: "DAY",
    topics: ["national-council-of-public-trust"],
    places: ["kazakhstan"],
    actors: [{ actor: "national-council-of-public-trust", role: "convened" }],
    citations: [cite(SECTION.ncpt, "The Council convened its first meeting on September 6, 2019.")],
  },
  {
    slug: "2020-tokayev-signs-four-laws-of-the-national-council-of-public-trust-initiative",
    title: "Tokayev signs four laws from the National Council of Public Trust initiative",
    summary:
      "In May 2020, President Tokayev signed four laws that were part of the National Council of Public Trust initiative, including a new law on peaceful assemblies.",
    body: `In May 2020, President Tokayev signed four important laws that were a part of the National Council of Public Trust initiative. These four laws included the following:

${FOUR_LAWS_2020.map(([, title]) => `- “${title}”`).join("\n")}

The new law on rallies greatly simplified the legal regulation of peaceful assemblies. According to the law, public spaces in the cities of the country can be used by citizens to hold peaceful assemblies. In addition, the notification procedure for peaceful assemblies are reduced from 15 days to 5.`,
    startDate: "2020-05-01",
    datePrecision: "MONTH",
    topics: ["national-council-of-public-trust"],
    places: ["kazakhstan"],
    actors: [
      { actor: "kassym-jomart-tokayev", role: "signatory" },
      { actor: "national-council-of-public-trust", role: "initiative" },
    ],
    citations: [
      cite(
        SECTION.ncpt,
        "In May 2020, President Tokayev signed four important laws that were a part of the National Council of Public Trust initiative.",
      ),
      ...FOUR_LAWS_2020.map(([slug]) => citeVia(slug, SECTION.ncpt)),
    ],
  },
];
