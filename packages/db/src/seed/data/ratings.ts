import type { FreedomStatus } from "../../generated/prisma/enums";
import type { SeedRating, SeedRatingSeries } from "../types";
import { cite, citeVia, SECTION } from "./document";

export const FREEDOM_IN_THE_WORLD = "freedom-in-the-world";
export const RULE_OF_LAW_INDEX = "rule-of-law-index";

export const ratingSeries: SeedRatingSeries[] = [
  {
    slug: FREEDOM_IN_THE_WORLD,
    name: "Freedom in the World",
    publisher: "Freedom House",
    description:
      "Kazakhstan's ratings since 1991 in the Freedom in the World reports, published annually by Freedom House: political rights, civil liberties and an overall status.",
    scaleDescription:
      '1 is most free, 7 is least free (the document: A rating of 1 is "free"; 7, "not free").',
    yearNote:
      'The "Year" signifies the "Year covered": the information for the year marked 2008 is from the report published in 2009, and so on. The president is as of January 1 (note 2 of the table).',
    position: 0,
  },
  {
    slug: RULE_OF_LAW_INDEX,
    name: "Rule of Law Index",
    // The document does not say who publishes the index; naming a publisher would add a fact it
    // does not give, so the field says so rather than being filled from elsewhere.
    publisher: "Not named in the source document",
    description: "Kazakhstan's rank in the Rule of Law Index, as the document reports it.",
    // The document gives a rank and nothing about the scale (how many countries, which end is top).
    scaleDescription: "A rank; the source document does not describe the scale.",
    yearNote: "The year of the ranking, as the document gives it.",
    position: 1,
  },
];

type FitwRow = [
  year: number,
  politicalRights: number,
  civilLiberties: number,
  status: FreedomStatus,
  president: string,
];

const NAZARBAYEV = "Nursultan Nazarbayev";
const TOKAYEV = "Kassym-Jomart Tokayev";

/** The document's "Historical ratings" table, row by row. */
const FREEDOM_IN_THE_WORLD_TABLE: FitwRow[] = [
  [1991, 5, 4, "PARTLY_FREE", NAZARBAYEV],
  [1992, 5, 5, "PARTLY_FREE", NAZARBAYEV],
  [1993, 6, 4, "PARTLY_FREE", NAZARBAYEV],
  [1994, 6, 5, "NOT_FREE", NAZARBAYEV],
  [1995, 6, 5, "NOT_FREE", NAZARBAYEV],
  [1996, 6, 5, "NOT_FREE", NAZARBAYEV],
  [1997, 6, 5, "NOT_FREE", NAZARBAYEV],
  [1998, 6, 5, "NOT_FREE", NAZARBAYEV],
  [1999, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2000, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2001, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2002, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2003, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2004, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2005, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2006, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2007, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2008, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2009, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2010, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2011, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2012, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2013, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2014, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2015, 6, 5, "NOT_FREE", NAZARBAYEV],
  [2016, 7, 5, "NOT_FREE", NAZARBAYEV],
  [2017, 7, 5, "NOT_FREE", NAZARBAYEV],
  [2018, 7, 5, "NOT_FREE", NAZARBAYEV],
  [2019, 7, 5, "NOT_FREE", NAZARBAYEV],
  [2020, 7, 5, "NOT_FREE", TOKAYEV],
  [2021, 7, 5, "NOT_FREE", TOKAYEV],
  [2022, 7, 5, "NOT_FREE", TOKAYEV],
  [2023, 7, 5, "NOT_FREE", TOKAYEV],
];

export const ratings: SeedRating[] = [
  ...FREEDOM_IN_THE_WORLD_TABLE.map(
    ([year, politicalRights, civilLiberties, status, headOfState]): SeedRating => ({
      series: FREEDOM_IN_THE_WORLD,
      year,
      politicalRights,
      civilLiberties,
      status,
      headOfState,
      citations: [
        cite(SECTION.history),
        citeVia("freedom-house-freedom-in-the-world", SECTION.history),
      ],
    }),
  ),
  {
    series: RULE_OF_LAW_INDEX,
    year: 2020,
    rank: 62,
    note: "Climbing three positions since 2015.",
    citations: [
      cite(
        SECTION.ruleOfLaw,
        "In 2020, the country was ranked 62nd in the Rule of Law Index, climbing three positions since 2015.",
      ),
      citeVia("rule-of-law-index", SECTION.ruleOfLaw),
    ],
  },
];
