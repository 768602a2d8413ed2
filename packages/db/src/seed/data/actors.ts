import type { SeedActor } from "../types";

// Every person and organisation the document names. Descriptions say only what the document says.
const SEE_ALSO =
  'Listed under "See also" in the source document, which says nothing more about them.';

/** The five men the document names as remaining imprisoned after the 2018 WhatsApp group arrests. */
export const WHATSAPP_DETAINEES: Array<[slug: string, name: string]> = [
  ["beket-mynbasov", "Beket Mynbasov"],
  ["samat-adilov", "Samat Adilov"],
  ["nazim-abdrakhmanov", "Nazim Abdrakhmanov"],
  ["ernar-samatov", "Ernar Samatov"],
  ["bolatbek-nurgaliyev", "Bolatbek Nurgaliyev"],
];

export const actors: SeedActor[] = [
  // People
  {
    slug: "nursultan-nazarbayev",
    name: "Nursultan Nazarbayev",
    kind: "PERSON",
    otherNames: ["President Nazarbayev"],
    description:
      "President of Kazakhstan; on 19 March 2019 he resigned his formal position as president, while retaining other positions of power.",
  },
  {
    slug: "kassym-jomart-tokayev",
    name: "Kassym-Jomart Tokayev",
    kind: "PERSON",
    otherNames: ["President Tokayev"],
    description:
      "President of Kazakhstan; interim President at the time of the snap 2019 presidential elections, whose results appeared to show an overwhelming victory for him.",
  },
  {
    slug: "vladimir-kozlov",
    name: "Vladimir Kozlov",
    kind: "PERSON",
    description:
      "Opposition leader; according to Human Rights Watch, one of the government critics who remained in detention after unfair trials.",
  },
  {
    slug: "dmitry-senyavskii",
    name: "Dmitry Senyavskii",
    kind: "PERSON",
    description: "A trade union leader in Kazakhstan.",
  },
  ...WHATSAPP_DETAINEES.map(([slug, name]): SeedActor => ({
    slug,
    name,
    kind: "PERSON",
    description:
      "One of the nine members of a WhatsApp group chat for discussing Islam arrested in 2018; one of the five who remain imprisoned.",
  })),
  {
    slug: "yogan-merkel",
    name: "Yogan Merkel",
    kind: "PERSON",
    description:
      "First Deputy Prosecutor General; led the Kazakh delegation at the sixth EU-Kazakhstan Human Rights Dialogue.",
  },
  {
    slug: "vyacheslav-kalyuzhnyy",
    name: "Vyacheslav Kalyuzhnyy",
    kind: "PERSON",
    description: "Director of the National Centre for Human Rights.",
  },
  {
    slug: "silvio-gonzato",
    name: "Silvio Gonzato",
    kind: "PERSON",
    description: "Director for Human Rights and Democracy at the European External Action Service.",
  },
  {
    slug: "un-special-rapporteur-on-freedom-of-religion",
    name: "UN special rapporteur on freedom of religion",
    kind: "PERSON",
    description: "Unnamed in the source document.",
  },
  { slug: "sergei-duvanov", name: "Sergei Duvanov", kind: "PERSON", description: SEE_ALSO },
  { slug: "yevgeny-zhovtis", name: "Yevgeny Zhovtis", kind: "PERSON", description: SEE_ALSO },
  {
    slug: "bakhytzhan-toregozhina",
    name: "Bakhytzhan Toregozhina",
    kind: "PERSON",
    description: SEE_ALSO,
  },

  // Organisations
  {
    slug: "human-rights-watch",
    name: "Human Rights Watch",
    kind: "ORGANIZATION",
    otherNames: ["HRW"],
  },
  { slug: "freedom-house", name: "Freedom House", kind: "ORGANIZATION" },
  { slug: "amnesty-international", name: "Amnesty International", kind: "ORGANIZATION" },
  {
    slug: "unhcr",
    name: "United Nations Refugee Agency",
    kind: "ORGANIZATION",
    otherNames: ["UNHCR"],
  },
  {
    slug: "united-nations-in-kazakhstan",
    name: "United Nations in Kazakhstan",
    kind: "ORGANIZATION",
  },
  {
    slug: "united-nations-human-rights-council",
    name: "United Nations Human Rights Council",
    kind: "ORGANIZATION",
    otherNames: ["UN Human Rights Council"],
  },
  {
    slug: "working-group-on-arbitrary-detention",
    name: "Working Group on Arbitrary Detention",
    kind: "ORGANIZATION",
  },
  {
    slug: "international-organisation-for-migration",
    name: "International Organisation for Migration",
    kind: "ORGANIZATION",
    otherNames: ["IOM"],
  },
  { slug: "european-union", name: "European Union", kind: "ORGANIZATION", otherNames: ["EU"] },
  {
    slug: "european-external-action-service",
    name: "European External Action Service",
    kind: "ORGANIZATION",
  },
  {
    slug: "united-nations-development-programme",
    name: "United Nations Development Programme",
    kind: "ORGANIZATION",
    otherNames: ["UNDP"],
  },
  {
    slug: "osce",
    name: "Organization for Security and Co-operation in Europe",
    kind: "ORGANIZATION",
    otherNames: ["OSCE", "Organization for Security and Cooperation in Europe"],
  },
  {
    slug: "international-labour-organization",
    name: "International Labour Organization",
    kind: "ORGANIZATION",
    otherNames: ["ILO"],
  },
  {
    slug: "council-of-europe",
    name: "Council of Europe",
    kind: "ORGANIZATION",
    description:
      "Working with Kazakhstan since 2019 on sectoral improvements in human rights and the rule of law, including through the European Programme for Human Rights for Legal Professionals (HELP).",
  },
  {
    slug: "forum-18-news-service",
    name: "Forum 18 News Service",
    kind: "ORGANIZATION",
    otherNames: ["Forum 18"],
  },
  {
    slug: "uscirf",
    name: "U.S. Commission on International Religious Freedom",
    kind: "ORGANIZATION",
    otherNames: ["USCIRF"],
  },
  { slug: "unicef", name: "UNICEF", kind: "ORGANIZATION" },
  {
    slug: "hcch",
    name: "Hague Conference on Private International Law",
    kind: "ORGANIZATION",
    otherNames: ["HCCH"],
    description:
      "Aimed at promoting the harmonisation of conflict of laws principles in diverse subject matters within private international law.",
  },
  { slug: "usaid", name: "USAID", kind: "ORGANIZATION" },
  {
    slug: "congress-of-the-leaders-of-world-and-traditional-religions",
    name: "Congress of the Leaders of World and Traditional Religions",
    kind: "ORGANIZATION",
    description:
      "Hosted regularly by Kazakhstan to promote inter-confessional dialogue and prevent religious conflict worldwide.",
  },
  {
    slug: "vremya-printing-house",
    name: "Vremya printing house",
    kind: "ORGANIZATION",
    otherNames: ["Vremya"],
  },
  {
    slug: "daur-publishing-house",
    name: "Daur publishing house",
    kind: "ORGANIZATION",
    otherNames: ["Daur"],
  },
  {
    slug: "kazakhstan-international-bureau-for-human-rights-and-rule-of-law",
    name: "Kazakhstan International Bureau for Human Rights and Rule of Law",
    kind: "ORGANIZATION",
    description: "Conducts joint training programs on human rights with the OSCE.",
  },
  {
    slug: "hare-krishna-community",
    name: "Hare Krishna community",
    kind: "ORGANIZATION",
    otherNames: ["Hare Krishna followers", "Hare Krishna devotees"],
  },

  // Government bodies
  {
    slug: "government-of-kazakhstan",
    name: "Government of Kazakhstan",
    kind: "GOVERNMENT_BODY",
    otherNames: ["Kazakh authorities", "Kazakh officials", "Kazakhstani government"],
  },
  {
    slug: "police-of-kazakhstan",
    name: "Police (Kazakhstan)",
    kind: "GOVERNMENT_BODY",
    otherNames: ["police", "riot police"],
  },
  {
    slug: "parliament-of-kazakhstan",
    name: "Parliament of Kazakhstan",
    kind: "GOVERNMENT_BODY",
    otherNames: ["Parliament"],
  },
  {
    slug: "supreme-court-of-kazakhstan",
    name: "Supreme Court of Kazakhstan",
    kind: "GOVERNMENT_BODY",
    otherNames: ["Kazakh Supreme Court", "Supreme Court"],
  },
  {
    slug: "ministry-of-information-and-public-development",
    name: "Ministry of Information and Public Development",
    kind: "GOVERNMENT_BODY",
  },
  {
    slug: "supreme-council-for-reforms",
    name: "Supreme Council for Reforms",
    kind: "GOVERNMENT_BODY",
  },
  {
    slug: "national-council-of-public-trust",
    name: "National Council of Public Trust",
    kind: "GOVERNMENT_BODY",
    otherNames: ["National Council of Public Trust of Kazakhstan"],
    description:
      "An advisory body established by President Kassym-Jomart Tokayev in July 2019 as a dialogue platform for government to be more responsive to the public.",
  },
  {
    slug: "national-centre-for-human-rights",
    name: "National Centre for Human Rights",
    kind: "GOVERNMENT_BODY",
    otherNames: ["National Center for Human Rights"],
    description: "The organization associated with the Commissioner for Human Rights.",
  },
  {
    slug: "commissioner-for-human-rights",
    name: "Commissioner for Human Rights",
    kind: "GOVERNMENT_BODY",
    otherNames: ["Ombudsman", "Office of the Ombudsman"],
    description:
      "Kazakhstan's Ombudsman, established on September 19, 2002 by the President's Decree.",
  },
  {
    slug: "human-rights-commissioner-for-childrens-rights",
    name: "Human Rights Commissioner for Children's Rights",
    kind: "GOVERNMENT_BODY",
  },
  {
    slug: "assembly-of-people-of-kazakhstan",
    name: "Assembly of People of Kazakhstan",
    kind: "GOVERNMENT_BODY",
    otherNames: ["Assembly of the People of Kazakhstan", "APK"],
  },
  { slug: "us-department-of-state", name: "U.S. Department of State", kind: "GOVERNMENT_BODY" },
  { slug: "us-government", name: "US government", kind: "GOVERNMENT_BODY" },
];
