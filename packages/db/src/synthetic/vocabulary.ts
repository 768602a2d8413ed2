// The words synthetic events are built from: the kinds of incident a Kazakhstan human-rights record
// holds, phrased the way the seeded document phrases them. People are only ever described by role
// ("a local journalist"), never named, so no synthetic record can be mistaken for one about a real
// person. Placeholders: {place} (a linked place's name), {n} (a small count), {years}, {article},
// {law}, {outlet} (a kind of media outlet), {group} (a community).

export interface Theme {
  /** Topic slugs in order of preference; the first one that exists is the event's primary topic. */
  topics: string[];
  titles: string[];
  summaries: string[];
  /** Paragraph sentences; a body takes several, in order of appearance here. */
  sentences: string[];
  /** What linked actors did, by actor kind. */
  roles: { PERSON: string[]; ORGANIZATION: string[]; GOVERNMENT_BODY: string[] };
}

const WATCHDOG_ROLES = ["statement", "called for an investigation", "monitored", "reported"];

export const THEMES: Theme[] = [
  {
    topics: ["protests"],
    titles: [
      "Police detain {n} protesters at an unsanctioned rally in {place}",
      "Peaceful assembly in {place} dispersed by police",
      "Akimat of {place} refuses permission for a rally",
      "Activists in {place} fined after a single-person picket",
      "Protest over rising prices in {place}",
    ],
    summaries: [
      "Police in {place} detained {n} people who gathered for a rally the local akimat had not sanctioned; most were released after several hours.",
      "Residents of {place} protested against local authorities; organisers were fined under the law on peaceful assemblies.",
      "A planned demonstration in {place} was refused permission, and {n} activists who gathered anyway were detained.",
    ],
    sentences: [
      "Witnesses said the gathering in {place} was peaceful and lasted less than an hour.",
      "Police detained {n} participants and took them to local police stations, where they were questioned without lawyers.",
      "Organisers had applied for permission under the law on peaceful assemblies, which the akimat refused without giving reasons.",
      "Several detainees were fined or given administrative detention of up to {n} days.",
      "Mobile internet in the centre of {place} was reported to be disrupted during the protest.",
      "Human rights groups called the detentions a violation of the right to freedom of peaceful assembly.",
    ],
    roles: {
      PERSON: ["organiser", "detained", "statement"],
      ORGANIZATION: WATCHDOG_ROLES,
      GOVERNMENT_BODY: ["detained protesters", "refused permission", "dispersed the rally"],
    },
  },
  {
    topics: ["politics-freedom-of-speech-and-the-press"],
    titles: [
      "Journalist in {place} detained over social media posts",
      "Independent {outlet} in {place} loses its printing contract",
      "Blogger in {place} charged with spreading false information",
      "Access to independent news websites blocked in {place}",
      "Editor of a {outlet} in {place} fined under Article {article}",
    ],
    summaries: [
      "A local journalist in {place} was detained and charged under Article {article} of the Criminal Code after criticising officials online.",
      "An independent {outlet} in {place} was forced to stop publishing after printing houses refused to print it, with no explanation given.",
      "Users in {place} reported difficulties reaching independent news websites and social networks for several days.",
    ],
    sentences: [
      "The charges relate to posts that criticised the conduct of local officials in {place}.",
      "Press freedom organisations said Article {article} is used to silence critical reporting.",
      "The {outlet} had published reports on corruption in the regional administration.",
      "Its editors announced a hunger strike until the contract was restored.",
      "Virtually all broadcast media are owned by firms closely associated with the government; newspapers are among the few sources of independent reporting.",
      "The journalist faces up to {years} years in prison if convicted.",
    ],
    roles: {
      PERSON: ["journalist", "detained", "charged"],
      ORGANIZATION: WATCHDOG_ROLES,
      GOVERNMENT_BODY: ["blocked access", "prosecuted", "refused to renew a licence"],
    },
  },
  {
    topics: ["right-to-fair-trial", "rule-of-law"],
    titles: [
      "Court in {place} sentences an activist to {years} years",
      "Appeal rejected in the case of a human rights defender",
      "Defendant in {place} alleges torture in pre-trial detention",
      "Trial in {place} closed to the public and observers",
      "Lawyer barred from meeting a client held in {place}",
    ],
    summaries: [
      "A court in {place} sentenced an activist to {years} years in prison after a trial that observers said fell short of fair-trial standards.",
      "A defendant held in pre-trial detention in {place} told the court he had been beaten to obtain a confession; the court declined to investigate.",
      "The appeal court upheld a conviction handed down in {place}, despite defence objections that evidence had been obtained under duress.",
    ],
    sentences: [
      "Independent observers were not allowed into the courtroom in {place}.",
      "The defence said its motions to call witnesses were all rejected.",
      "Fewer than one percent of defendants in criminal cases are acquitted, according to government figures.",
      "The defendant said he had been held for {n} days before being allowed to see a lawyer.",
      "The prosecution relied mainly on testimony from police officers.",
      "Relatives said they were not informed of the hearing date.",
    ],
    roles: {
      PERSON: ["defendant", "defence lawyer", "sentenced"],
      ORGANIZATION: ["trial monitoring", ...WATCHDOG_ROLES],
      GOVERNMENT_BODY: ["sentenced", "upheld the conviction", "prosecuted"],
    },
  },
  {
    topics: ["religious-freedom"],
    titles: [
      "{group} fined in {place} for unregistered worship",
      "Religious literature seized in a raid in {place}",
      "{group} refused re-registration under the religion law",
      "Prayer meeting in {place} raided by police",
    ],
    summaries: [
      "Members of a {group} in {place} were fined for holding worship without state registration.",
      "Police and officials from the religious affairs department raided a private home in {place} and confiscated religious books.",
      "Authorities refused to re-register a {group}, leaving its members unable to meet legally.",
    ],
    sentences: [
      "The fines were imposed under the Administrative Code for unregistered religious activity.",
      "Officials said the literature had not passed a compulsory state religious expertise.",
      "The community had met in {place} for more than {n} years.",
      "Members said they were questioned about who else attended their meetings.",
      "Under the 2011 religion law, a community needs a minimum number of members to register.",
    ],
    roles: {
      PERSON: ["fined", "questioned", "statement"],
      ORGANIZATION: WATCHDOG_ROLES,
      GOVERNMENT_BODY: ["fined", "raided", "refused registration"],
    },
  },
  {
    topics: ["human-rights-dialogue", "overview"],
    titles: [
      "Human rights dialogue held with international partners in {place}",
      "UN committee reviews Kazakhstan's report on civil and political rights",
      "OSCE raises concerns over restrictions on civil society",
      "Kazakhstan responds to recommendations of the Universal Periodic Review",
    ],
    summaries: [
      "Officials met representatives of international organisations in {place} to discuss freedom of assembly, freedom of expression and the independence of the judiciary.",
      "The review welcomed legislative changes but raised concerns about restrictions on freedom of association and reports of torture in places of detention.",
      "Kazakhstan accepted most of the recommendations and noted others, including those on decriminalising defamation.",
    ],
    sentences: [
      "Both sides discussed the law on peaceful assemblies and the situation of human rights defenders.",
      "Participants welcomed the abolition of the death penalty.",
      "International representatives raised individual cases of imprisoned activists.",
      "The government said a national action plan on human rights was being prepared.",
      "The next round of the dialogue was scheduled for the following year.",
    ],
    roles: {
      PERSON: ["statement", "delegation head"],
      ORGANIZATION: ["participant", "recommendations", "statement"],
      GOVERNMENT_BODY: ["participant", "delegation", "responded"],
    },
  },
  {
    topics: ["rule-of-law", "national-council-of-public-trust"],
    titles: [
      "Parliament adopts amendments to the {law}",
      "President signs a law amending the {law}",
      "Draft amendments to the {law} published for public discussion",
      "Constitutional Court reviews the {law}",
    ],
    summaries: [
      "Parliament adopted amendments to the {law}; civil society groups said the changes did not go far enough.",
      "The president signed amendments to the {law}, which the government said would bring it closer to international standards.",
      "A draft of amendments to the {law} was published for {n} days of public discussion.",
    ],
    sentences: [
      "The amendments replace a permission regime with a notification regime for some activities.",
      "Critics noted that broad exceptions remain and can still be used to refuse permission.",
      "The changes were proposed by the National Council of Public Trust.",
      "The law enters into force {n} days after its official publication.",
      "Human rights organisations had submitted comments on an earlier draft.",
    ],
    roles: {
      PERSON: ["signatory", "statement"],
      ORGANIZATION: ["commented on the draft", ...WATCHDOG_ROLES],
      GOVERNMENT_BODY: ["adopted the law", "signatory", "drafted the amendments"],
    },
  },
  {
    topics: ["commissioner-for-human-rights"],
    titles: [
      "Ombudsman publishes annual report on complaints",
      "Commissioner for Human Rights visits detention facilities in {place}",
      "National preventive mechanism reports on conditions in {place}",
    ],
    summaries: [
      "The Commissioner for Human Rights reported that most complaints received concerned the courts, law enforcement and social welfare.",
      "Members of the national preventive mechanism visited places of detention in {place} and reported overcrowding and inadequate medical care.",
    ],
    sentences: [
      "The report lists {n} visits to places of detention during the year.",
      "Most complaints concerned the actions of law enforcement bodies.",
      "The ombudsman recommended independent investigations into allegations of ill-treatment.",
      "Monitors found that detainees in {place} lacked access to adequate medical care.",
    ],
    roles: {
      PERSON: ["statement", "visited"],
      ORGANIZATION: ["monitored", "participant"],
      GOVERNMENT_BODY: ["report", "visited", "responded"],
    },
  },
  {
    topics: ["childrens-rights", "ethnic-diversity"],
    titles: [
      "Report on children in residential institutions in {place}",
      "Complaints of discrimination against minority language schools in {place}",
      "Programme on inclusive education launched in {place}",
    ],
    summaries: [
      "A report on residential institutions in {place} found that many children had living parents and could be cared for in families.",
      "Parents in {place} complained that classes in minority languages were being closed.",
      "Authorities in {place} launched a programme to include children with disabilities in mainstream schools.",
    ],
    sentences: [
      "The report found {n} children living in institutions in the region.",
      "UNICEF welcomed the commitment to deinstitutionalisation.",
      "Parents said they had not been consulted before the changes.",
      "Officials said the number of places in inclusive classes would double.",
    ],
    roles: {
      PERSON: ["statement"],
      ORGANIZATION: ["report", "partner", "statement"],
      GOVERNMENT_BODY: ["responded", "launched the programme"],
    },
  },
  {
    topics: ["protests", "politics-freedom-of-speech-and-the-press"],
    titles: [
      "Trade union leader in {place} detained ahead of a strike",
      "Oil workers in {place} strike over pay and conditions",
      "Independent trade union in {place} ordered to close",
    ],
    summaries: [
      "A trade union leader in {place} was detained days before a planned strike and charged with calling for an illegal strike.",
      "Oil workers in {place} went on strike demanding higher pay and better conditions; the company dismissed {n} workers.",
      "A court in {place} ordered an independent trade union to close for failing to re-register.",
    ],
    sentences: [
      "The International Labour Organization has repeatedly called on Kazakhstan to amend its trade union law.",
      "Striking workers gathered in the town square of {place}.",
      "The union said its members were pressured to leave it.",
      "Several workers were dismissed after the strike ended.",
    ],
    roles: {
      PERSON: ["trade union leader", "detained"],
      ORGANIZATION: ["called on the government", ...WATCHDOG_ROLES],
      GOVERNMENT_BODY: ["detained", "ordered closure"],
    },
  },
];

/**
 * How often events happen in the seeded places, relative to a place not listed (1): the big cities
 * and the country as a whole most, a small town such as Zhanaozen a few percent of the time.
 */
export const PLACE_WEIGHTS: Record<string, number> = {
  Almaty: 30,
  Astana: 24,
  Kazakhstan: 20,
  Shymkent: 10,
  Zhanaozen: 4,
  "Astana Square": 3,
  "Karasai district": 2,
};

export const OUTLETS = [
  "newspaper",
  "weekly",
  "news website",
  "television channel",
  "radio station",
];
export const GROUPS = [
  "Protestant congregation",
  "Baptist church",
  "Jehovah's Witnesses community",
  "Muslim community outside the state-backed board",
  "Hare Krishna community",
];
export const LAWS = [
  "law on peaceful assemblies",
  "law on mass media",
  "law on religious activity and religious associations",
  "law on non-commercial organisations",
  "law on political parties",
  "law on trade unions",
  "Criminal Code",
  "Code of Administrative Offences",
];
export const ARTICLES = ["174", "274", "378", "400", "405", "488"];

/** What synthetic sources are about. */
export const SUBJECTS = [
  "freedom of peaceful assembly",
  "freedom of expression",
  "media freedom",
  "fair trial guarantees",
  "torture in places of detention",
  "freedom of religion or belief",
  "trade union rights",
  "civil society organisations",
  "the rights of the child",
];

/** Publishers of synthetic sources, and how their titles read. */
export const SOURCE_KINDS = [
  {
    kind: "REPORT",
    publisher: "Kazakhstan International Bureau for Human Rights and Rule of Law",
    title: "Monitoring report on {subject}, {year}",
  },
  { kind: "REPORT", publisher: "Human Rights Watch", title: "World Report {year}: Kazakhstan" },
  { kind: "REPORT", publisher: "Freedom House", title: "Nations in Transit {year}: Kazakhstan" },
  {
    kind: "STATEMENT",
    publisher: "OSCE Office for Democratic Institutions and Human Rights",
    title: "Statement on {subject} in Kazakhstan",
  },
  {
    kind: "STATEMENT",
    publisher: "Amnesty International",
    title: "Kazakhstan: concerns on {subject}",
  },
  { kind: "NEWS", publisher: "Radio Azattyq", title: "{subject}: developments in {year}" },
  { kind: "NEWS", publisher: "Vlast.kz", title: "Report on {subject}" },
  {
    kind: "LAW",
    publisher: "Adilet legal information system",
    title: "Amendments on {subject} ({year})",
  },
  { kind: "DATASET", publisher: "Bureau of National Statistics", title: "Court statistics {year}" },
  { kind: "ARTICLE", publisher: "Forum 18 News Service", title: "Kazakhstan: {subject}" },
] as const;

export const LOCATORS = ["p. {n}", "para. {n}", "section {n}", "pp. {n}–{m}"];
