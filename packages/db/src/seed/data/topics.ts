import type { SeedTopic } from "../types";
import { FOUR_LAWS_2020 } from "./sources";
import { cite, citeVia, SECTION } from "./document";

// One topic per `==section==` of the document, in document order, plus the lead as "overview".
// `===subsections===` stay inside their section's overview (as `###` headings) and are also events.
// "See also" (links) and "Notes" (the table's footnotes) are not topics: the people listed under
// "See also" are actors, and the notes are kept with the Historical situation section they annotate.

export const topics: SeedTopic[] = [
  {
    slug: "overview",
    name: "Overview",
    position: 0,
    overview: `Human rights in Kazakhstan are uniformly described as poor by independent observers. Human Rights Watch says that "Kazakhstan heavily restricts freedom of assembly, speech, and religion. In 2014, authorities closed newspapers, jailed or fined dozens of people after peaceful but unsanctioned protests, and fined or detained worshipers for practicing religion outside state controls. Government critics, including opposition leader Vladimir Kozlov, remained in detention after unfair trials. Torture remains common in places of detention."

In 2012, Kazakhstan was elected as a member of the United Nations Human Rights Council. During the Universal Periodic Review of Human Rights in 2014, national representatives "commended Kazakhstan's establishment of a mechanism to prevent torture and of a national human rights institution" but "shared concerns about legal restrictions on freedom".

Since 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the European Programme for Human Rights for Legal Professionals (HELP), a training programme for Kazakh legal professionals. The programme is running through 2022.

In September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty. This was received very positively by the human-rights organizations and the international community. Amnesty International called the news encouraging.

The top representative in Central Asia of the United Nations Refugee Agency, UNHCR, pointed to Kazakhstan's work on refugee crisis to "highlight the country's leadership in fostering interethnic consent." The United Nations in Kazakhstan affirmed that the Government of Kazakhstan supported the UN's Partnership Framework for Development for the country and its recommendations, as well as implemented the UN's human rights mechanisms.

In June 2021, a decree "On further human rights measures in Kazakhstan" was signed into law by Kazakh president Kassym-Jomart Tokayev, meant to protect the rights of minorities and vulnerable groups, such as women and people with disabilities, and improve coordination with international organisations.`,
    citations: [
      cite(
        SECTION.intro,
        "Human rights in Kazakhstan are uniformly described as poor by independent observers.",
      ),
      citeVia("hrw-on-kazakhstan-2014", SECTION.intro),
      citeVia("amnesty-international-second-optional-protocol-2020", SECTION.intro),
      citeVia(
        "unhcr-central-asia-representative-statement",
        SECTION.intro,
        "highlight the country's leadership in fostering interethnic consent.",
      ),
      citeVia("un-in-kazakhstan-statement", SECTION.intro),
      citeVia("decree-on-further-human-rights-measures-2021", SECTION.intro),
    ],
  },
  {
    slug: "politics-freedom-of-speech-and-the-press",
    name: "Politics, freedom of speech and the press",
    position: 1,
    overview: `Political expression was reported to be restricted in Kazakhstan in the months leading up to presidential elections in December 2005, according to observers, including Human Rights Watch and Freedom House. Kazakh authorities reportedly attempted to restrict freedom of speech and shut down independent media and civil society groups. In September, the Vremya printing house unexpectedly cancelled contracts with seven newspapers, with no explanation given. Likewise, other printing firms in Kazakhstan's former capital, Almaty, also refused to print the publications. After a week-long hunger strike by the editors of these papers, the Daur publishing house agreed to publish five of the newspapers. Virtually all of Kazakhstan's broadcast media are owned by firms closely associated with the government; newspapers are some of the few sources of independent reporting.

Some outsider observers, including HRW, have noted increasing anxiety in the Kazakh government after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan. Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government's attempt to prevent such transformation from occurring in Kazakhstan.

In 2016 Astana hosted a roundtable discussion on Human Rights Day, December 10. The event brought together Kazakh officials and representatives of international organizations, such as International Organisation for Migration (IOM), EU, United Nations Development Programme (UNDP), Organization for Security and Co-operation in Europe (OSCE).

On November 10, 2018 Dmitry Senyavskii, a trade union leader in Kazakhstan was attacked and viciously beaten up by some unidentified persons and was taken to hospital. The International Labour Organization (ILO) has frequently called on the government of Kazakhstan to modify the restricting trade laws and maintain its commitments with international labor rights.`,
    citations: [
      cite(SECTION.politics),
      citeVia("hrw-observations-2005-presidential-elections", SECTION.politics),
      citeVia("freedom-house-observations-2005-presidential-elections", SECTION.politics),
      citeVia("ilo-calls-on-kazakhstan-trade-laws", SECTION.politics),
    ],
  },
  {
    slug: "right-to-fair-trial",
    name: "Right to fair trial",
    position: 2,
    overview: `According to a US government report released in 2014, in Kazakhstan:

> Fewer than one percent of criminal defendants have been acquitted in the cases of public prosecution in trial courts. Meanwhile, the appellate courts tend to overturn acquittals much more often than convictions.`,
    citations: [cite(SECTION.fairTrial), citeVia("us-government-report-2014", SECTION.fairTrial)],
  },
  {
    slug: "religious-freedom",
    name: "Religious freedom",
    position: 3,
    overview: `In 1992 after gaining independence Kazakhstan adopted the Law on Freedom of Religion and Religious Associations, which aimed to ensure inter-faith tolerance and religious freedom. As of 2014, there were over 3400 religious organizations in Kazakhstan.

Human Rights Watch however has said that "Minority religious groups continued to be subjected to fines and short-term detention in 2014 for violating a restrictive religion law". A UN special rapporteur on freedom of religion recommended "far-reaching reforms" to the 2011 religion law, finding, for example, that "non-registered religious communities ... suffer from serious infringements of their freedom of religion."

In order to promote inter-confessional dialogue and prevent religious conflict worldwide, Kazakhstan hosts regular Congress of the Leaders of World and Traditional Religions. The first congress was held in 2003 and was attended by 17 religious delegations.

In order to address the threat of religious extremism, the Congress of the Leaders of World and Traditional Religions held international conference, Religions against Terrorism, on May 31, 2016. One day later the Congress held its 15th session in Astana.

An inaugural Religious Freedom Working Group between the Kazakhstani government and representatives from the U.S. Department of State took place in Kazakhstan in May 2019. The U.S. Commission on International Religious Freedom (USCIRF) delegation participated in the Working Group. According to the USCIRF report, religious communities "have a positive dialogue with the government and believe their trajectory in the country is good."

### 2006 Hare Krishna evictions

On November 20, 2006, three buses full of riot police, two ambulances, two empty lorries, and executors of the Karasai district arrived at the community in sub-zero weather and evicted the Hare Krishna followers from thirteen homes, which the police proceeded to demolish. The Forum 18 News Service reported, "Riot police who took part in the destruction threw personal belongings of the Hare Krishna devotees into the snow, and many devotees were left without clothes. Power for lighting and heating systems had been cut off before the demolition began. Furniture and larger household belongings were loaded onto trucks. Officials said these possessions would be destroyed. Two men who tried to prevent the bailiffs from entering a house to destroy it were seized by 15 police officers who twisted their hands and took them away to the police car." In response to these events the Organization for Security and Cooperation in Europe issued a statement: "It appears that state-sponsored action has been focused upon members of the Hare Krishna community in a manner that suggests they have been targeted on the basis of their religious affiliation." Kazakh officials claimed that the evictions were legitimate, and that the properties had been acquired illegally.

### 2018 arrest of WhatsApp group members

In 2018, the government of Kazakhstan made a mass arrest of nine Kazakh men who were members of a group chat for discussing Islam on the messaging app WhatsApp. Their arrest was determined to be in violation of international law by the Working Group on Arbitrary Detention. However, five of the men remain imprisoned, and the four that are no longer imprisoned still face restrictions. The five who remain imprisoned are: Beket Mynbasov, Samat Adilov, Nazim Abdrakhmanov, Ernar Samatov and Bolatbek Nurgaliyev.`,
    citations: [
      cite(SECTION.religion),
      citeVia("law-on-freedom-of-religion-and-religious-associations-1992", SECTION.religion),
      citeVia("hrw-on-religious-freedom-2014", SECTION.religion),
      citeVia("un-special-rapporteur-on-freedom-of-religion-findings", SECTION.religion),
      citeVia("uscirf-report-on-kazakhstan", SECTION.religion),
      cite(SECTION.hareKrishna),
      cite(SECTION.whatsApp),
    ],
  },
  {
    slug: "protests",
    name: "Protests",
    position: 4,
    overview: `### 2011 Zhanaozen oil worker strikes

On 16 December 2011, there were clashes between protesters and police due to the former's demands of better work conditions and higher pay. Protesters consisted primarily of oil workers with oil fields responding by sacking hundreds of workers. Eyewitnesses claimed police opened fire on unarmed protesters in the town of Zhanaozen, but according to government officials police were forced to defend themselves. The clashes occurred when police tried to clear the town square in light of Kazakhstan's 20th independence day. There were signs of attempts at censorship of outgoing information, with internet users reporting difficulties accessing independent news websites and Twitter. According to official sources 15 people were found dead after the clashes.

### 2016 land-reform protests

In April and May 2016, in relation to changes in the law in relation to land ownership. Two hundred activists and protestors were arrested.

### 2019 protests

Protests took place in February after five sisters died in a house fire while their parents were working night shifts and anger spread on online social networks, leading to further protests. Nursultan Nazarbayev dismissed the government and on 19 March 2019 resigned his formal position as president, while retaining other positions of power. After the snap 2019 Kazakh presidential elections with results appearing to show an overwhelming victory for interim President Kassym-Jomart Tokayev, there were several protests in cities of Nur-Sultan and Almaty. More than 100 protesters were detained in Astana Square in Almaty, as activists called for boycott of the election. Amongst the detained were some foreign and local journalists covering the event. Internet access in Nur-Sultan and Almaty was reported to be significantly slowed down, with it being difficult to access social media sites and to prevent live-streaming. Twenty protesters were also detained in the southern city of Shymkent. Protest incidents continued in September, October and December 2019.`,
    citations: [cite(SECTION.zhanaozen), cite(SECTION.landReform), cite(SECTION.protests2019)],
  },
  {
    slug: "human-rights-dialogue",
    name: "Human rights dialogue",
    position: 5,
    overview: `In 2008, in line with its "Strategy for a New Partnership" with Central Asia, the European Union agreed with the Republic of Kazakhstan to establish an annual human rights dialogue, and its first round was held on 15 October 2008 in Astana.

These dialogues constitute an essential part of the EU's overall strategy to promote respect for human rights and fundamental freedoms, sustainable development, peace and stability. On 12 November 2014 the European Union and Kazakhstan held the sixth round of the annual Human Rights Dialogue in Brussels. The Kazakh delegation was led by Mr Yogan Merkel, First Deputy Prosecutor General, who was accompanied by Mr Vyacheslav Kalyuzhnyy, Director of the National Centre for Human Rights, and other senior officials. The EU delegation was led by Mr Silvio Gonzato, Director for Human Rights and Democracy at the European External Action Service. The dialogue was held in a positive and constructive atmosphere. The EU welcomed Kazakhstan's development of a functioning National Preventive Mechanism for the monitoring of places of detention, and encouraged further steps to strengthen the Office of the Ombudsman and the National Centre for Human Rights. The EU acknowledged Kazakhstan's recent engagement in the second cycle of the Universal Period Review (UPR) process at the UN Human Rights Council, and encouraged the Kazakh authorities to consider accepting a number of UPR recommendations that it initially did not support.

The 10th EU-Kazakhstan Human Rights Dialogue was held on 20–21 November 2018 in Brussels. The EU noted Kazakhstan's improvements regarding laws and policies vis-à-vis civil society. It was emphasized that Kazakhstan should continue to take steps to foster an enabling environment, including for NGOs, lawyers and journalists. During the 12th EU-Kazakhstan Human Rights Dialogue held in November 2020, the EU "acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms" but urged speedy implementation.

OSCE and the Kazakhstan International Bureau for Human Rights and Rule of Law conduct joint training programs on human rights.`,
    citations: [
      cite(SECTION.dialogue),
      citeVia("eu-strategy-for-a-new-partnership-with-central-asia", SECTION.dialogue),
      citeVia("eu-statement-human-rights-dialogue-2020", SECTION.dialogue),
    ],
  },
  {
    slug: "rule-of-law",
    name: "Rule of law",
    position: 6,
    overview: `In 2015 Kazakhstan introduced amendments to the law on nongovernmental organisation (NGO) activities. The law guarantees to NGOs free access to public, international and private financing allowing them to actively participate in the social and political development of the country.

In January 2017 Kazakhstan's President proposed a reform aimed at delegating some of the President's powers to the Parliament. This initiative is expected to create a stronger system of checks and balances in Kazakhstan.

Kazakhstan is a member of the Hague Conference on Private International Law (HCCH) since May 2017. The HCCH is aimed at promoting the harmonisation of conflict of laws principles in diverse subject matters within private international law, which contributes to the promotion of rule of law.

The National Council of Public Trust of Kazakhstan also plays an important role in promoting the rule of law. It is an advisory body that was established by the President of Kazakhstan, Kassym-Jomart Tokayev, on July 17, 2019 to make government more responsive to the people.

Kazakhstan partners with the USAID under a five-year rule of law program for over $7 million launched in September 2020. The Kazakh Supreme Court and the Ministry of Information and Public Development work closely with the USAID as part of the program to improve public trust and demonstrate greater alignment with internationally recognized standards.

In 2020, the country was ranked 62nd in the Rule of Law Index, climbing three positions since 2015.`,
    citations: [
      cite(SECTION.ruleOfLaw),
      citeVia("ngo-law-amendments-2015", SECTION.ruleOfLaw),
      citeVia("rule-of-law-index", SECTION.ruleOfLaw),
    ],
  },
  {
    slug: "ethnic-diversity",
    name: "Ethnic diversity",
    position: 7,
    overview: `Kazakhstan supports co-existence of different cultures. The Assembly of People of Kazakhstan supports nearly 200 centres where children and adults can study 30 different languages.

In 2015, the Assembly of the People of Kazakhstan (APK) introduced a Day of Gratitude as a new holiday of Kazakhstan. The proposal to establish it was delivered by President Nursultan Nazarbayev. The Day of Gratitude is celebrated on 1 March and marks the historic past and multi-ethnic unity of the country.

70% of Kazakhstan's population is ethnically Kazakh, 16% is Russian, while 9% comprises Uzbeks, Ukrainians, Uyghurs, Germans, and Tatars. Representatives of about 125 ethnic groups live in Kazakhstan and some 818 ethnic and cultural associations operate under the auspices of the Assembly of People of Kazakhstan.`,
    citations: [cite(SECTION.ethnic)],
  },
  {
    slug: "childrens-rights",
    name: "Children's rights",
    position: 8,
    overview: `Kazakhstan's Human Rights Commissioner for Children's Rights and UNICEF Representative for Kazakhstan adopted a Statement of Intentions on Cooperation. The parties agreed to take necessary actions to develop an independent system of monitoring of ensuring children's rights in Kazakhstan.

The Kazakhstan 2050 Strategy places high emphasis on the protection of childhood. Kazakhstan adopted over 90 laws and other normative acts aimed at protecting children's rights.

Kazakhstan is a party to the United Nations Convention on the Rights of the Child.`,
    citations: [
      cite(SECTION.children),
      citeVia("statement-of-intentions-on-cooperation-childrens-rights", SECTION.children),
      citeVia("kazakhstan-2050-strategy", SECTION.children),
    ],
  },
  {
    slug: "commissioner-for-human-rights",
    name: "Commissioner for Human Rights",
    position: 9,
    overview: `The institution of the Commissioner for human rights (Kazakhstan's Ombudsman) was established on September 19, 2002 by the President's Decree. The Commissioner and his associated organization, the National Center for Human Rights, are empowered to investigate human rights issues in the government per the decree of President Nazarbayev.`,
    citations: [
      cite(SECTION.commissioner),
      citeVia("presidential-decree-commissioner-for-human-rights-2002", SECTION.commissioner),
    ],
  },
  {
    slug: "national-council-of-public-trust",
    name: "National Council of Public Trust",
    position: 10,
    overview: `Kazakhstan President Kassym-Jomart Tokayev established the National Council of Public Trust in July 2019 as a dialogue platform for government to be more responsive to the public. The Council convened its first meeting on September 6, 2019. The Council meeting was focused on the following topics: decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.

In May 2020, President Tokayev signed four important laws that were a part of the National Council of Public Trust initiative. These four laws included the following:

${FOUR_LAWS_2020.map(([, title]) => `- “${title}”`).join("\n")}

The new law on rallies greatly simplified the legal regulation of peaceful assemblies. According to the law, public spaces in the cities of the country can be used by citizens to hold peaceful assemblies. In addition, the notification procedure for peaceful assemblies are reduced from 15 days to 5.`,
    citations: [cite(SECTION.ncpt), ...FOUR_LAWS_2020.map(([slug]) => citeVia(slug, SECTION.ncpt))],
  },
  {
    slug: "historical-situation",
    name: "Historical situation",
    position: 11,
    // The ratings table itself is the `freedom-in-the-world` rating series, not repeated here.
    overview: `The following chart shows Kazakhstan's ratings since 1991 in the Freedom in the World reports, published annually by Freedom House. A rating of 1 is "free"; 7, "not free".

1. Note that the "Year" signifies the "Year covered". Therefore the information for the year marked 2008 is from the report published in 2009, and so on.
2. As of January 1.`,
    citations: [
      cite(SECTION.history, 'A rating of 1 is "free"; 7, "not free".'),
      cite(SECTION.notes),
      citeVia("freedom-house-freedom-in-the-world", SECTION.history),
    ],
  },
];
