import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { env } from "../../../env";
import {
  caseRows,
  downloadHeaders,
  JSON_CONTENT_TYPE,
  jsonDocument,
} from "../../../lib/data-export";
import { allCases } from "../../../server/all-records";

/** Every published case as case.list returns it, with the address of its page. */
export const GET = answer503WhenDatabaseDown(async () => {
  const cases = await allCases();
  return new Response(JSON.stringify(jsonDocument(caseRows(env.PUBLIC_SITE_URL, cases)), null, 2), {
    headers: downloadHeaders(JSON_CONTENT_TYPE, "cases.json"),
  });
});
