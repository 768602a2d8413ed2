import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { env } from "../../../env";
import {
  caseEntryColumns,
  caseEntryRows,
  CSV_CONTENT_TYPE,
  downloadHeaders,
  toCsv,
} from "../../../lib/data-export";
import { allCaseDetails } from "../../../server/all-records";

/** Every entry of every published case's timeline, with the slugs of its sources. */
export const GET = answer503WhenDatabaseDown(async () => {
  const cases = await allCaseDetails();
  return new Response(toCsv(caseEntryRows(env.PUBLIC_SITE_URL, cases), caseEntryColumns), {
    headers: downloadHeaders(CSV_CONTENT_TYPE, "case-entries.csv"),
  });
});
