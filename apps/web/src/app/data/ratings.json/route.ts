import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { env } from "../../../env";
import {
  downloadHeaders,
  JSON_CONTENT_TYPE,
  jsonDocument,
  ratingRows,
} from "../../../lib/data-export";
import { allRatings } from "../../../server/all-records";

/** Every published rating with its citations, and the series they belong to. */
export const GET = answer503WhenDatabaseDown(async () => {
  const lists = await allRatings();
  const items = lists.flatMap((l) => ratingRows(env.PUBLIC_SITE_URL, l.series, l.items));
  const series = lists.map((l) => l.series);
  return new Response(JSON.stringify(jsonDocument(items, { series }), null, 2), {
    headers: downloadHeaders(JSON_CONTENT_TYPE, "ratings.json"),
  });
});
