import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { env } from "../../../env";
import {
  caseColumns,
  caseRows,
  CSV_CONTENT_TYPE,
  downloadHeaders,
  toCsv,
} from "../../../lib/data-export";
import { allCases } from "../../../server/all-records";

/** Every published case with its last known status, one row each. See lib/data-export.ts. */
export const GET = answer503WhenDatabaseDown(async () => {
  const cases = await allCases();
  return new Response(toCsv(caseRows(env.PUBLIC_SITE_URL, cases), caseColumns), {
    headers: downloadHeaders(CSV_CONTENT_TYPE, "cases.csv"),
  });
});
