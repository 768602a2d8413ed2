import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { env } from "../../../env";
import {
  caseEntryRows,
  downloadHeaders,
  JSON_CONTENT_TYPE,
  jsonDocument,
} from "../../../lib/data-export";
import { allCaseDetails } from "../../../server/all-records";

/** Every entry of every published case's timeline, with its full citations. */
export const GET = answer503WhenDatabaseDown(async () => {
  const cases = await allCaseDetails();
  const items = caseEntryRows(env.PUBLIC_SITE_URL, cases);
  return new Response(JSON.stringify(jsonDocument(items), null, 2), {
    headers: downloadHeaders(JSON_CONTENT_TYPE, "case-entries.json"),
  });
});
