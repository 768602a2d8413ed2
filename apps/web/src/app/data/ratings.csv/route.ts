import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { env } from "../../../env";
import {
  CSV_CONTENT_TYPE,
  downloadHeaders,
  ratingColumns,
  ratingRows,
  toCsv,
} from "../../../lib/data-export";
import { allRatings } from "../../../server/all-records";

/** Every published rating of every series, by series, then year. */
export const GET = answer503WhenDatabaseDown(async () => {
  const lists = await allRatings();
  const rows = lists.flatMap((l) => ratingRows(env.PUBLIC_SITE_URL, l.series, l.items));
  return new Response(toCsv(rows, ratingColumns), {
    headers: downloadHeaders(CSV_CONTENT_TYPE, "ratings.csv"),
  });
});
