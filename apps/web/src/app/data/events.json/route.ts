import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { downloadHeaders, JSON_CONTENT_TYPE, jsonDocument } from "../../../lib/data-export";
import { allEvents } from "../../../server/all-records";

/** Every published event, oldest first, as event.list returns them. */
export const GET = answer503WhenDatabaseDown(async () => {
  const events = await allEvents();
  return new Response(JSON.stringify(jsonDocument(events), null, 2), {
    headers: downloadHeaders(JSON_CONTENT_TYPE, "events.json"),
  });
});
