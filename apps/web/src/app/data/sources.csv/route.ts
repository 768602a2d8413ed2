import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { env } from "../../../env";
import {
  CSV_CONTENT_TYPE,
  downloadHeaders,
  sourceColumns,
  sourceRows,
  toCsv,
} from "../../../lib/data-export";
import { allSources } from "../../../server/all-records";

/** Every published source, by title. */
export const GET = answer503WhenDatabaseDown(async () => {
  const sources = await allSources();
  return new Response(toCsv(sourceRows(env.PUBLIC_SITE_URL, sources), sourceColumns), {
    headers: downloadHeaders(CSV_CONTENT_TYPE, "sources.csv"),
  });
});
