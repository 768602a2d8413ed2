import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { CSV_CONTENT_TYPE, downloadHeaders, eventColumns, toCsv } from "../../../lib/data-export";
import { allEvents } from "../../../server/all-records";

/** Every published event, oldest first, one row each. See lib/data-export.ts for the format. */
export const GET = answer503WhenDatabaseDown(async () => {
  const events = await allEvents();
  return new Response(toCsv(events, eventColumns), {
    headers: downloadHeaders(CSV_CONTENT_TYPE, "events.csv"),
  });
});
