import {
  apiFilters,
  canonicalQuery,
  parseFacetFilters,
  reversedRange,
} from "../../../../components/explore/event-filters";
import {
  CSV_CONTENT_TYPE,
  eventColumns,
  JSON_CONTENT_TYPE,
  jsonDocument,
  toCsv,
} from "../../../../lib/data-export";
import { collectPages } from "../../../../lib/paging";
import { listReader } from "../../../../server/cached";
import { download } from "../../../../server/download";

const FORMATS = { csv: CSV_CONTENT_TYPE, json: JSON_CONTENT_TYPE } as const;

/**
 * /events/download?format=csv|json&<the list's filters>: exactly the events the list shows for
 * that filter, in its order, read page by page through the same cached list read.
 */
export async function GET(request: Request) {
  const params = Object.fromEntries(
    [...new URL(request.url).searchParams.keys()].map((key) => [
      key,
      new URL(request.url).searchParams.getAll(key),
    ]),
  );
  const format = params.format?.[0];
  if (format !== "csv" && format !== "json")
    return new Response("Say which format: format=csv or format=json.\n", { status: 400 });
  const filters = parseFacetFilters(params);
  if (reversedRange(filters))
    return new Response("The start date is after the end date.\n", { status: 400 });
  const input = { ...apiFilters(filters), order: filters.order, limit: 100 };
  return download(request, `events.${format}`, async () => {
    const events = await collectPages((cursor) => listReader("event")({ ...input, cursor }));
    const body =
      format === "csv"
        ? toCsv(events, eventColumns)
        : JSON.stringify(jsonDocument(events, { filter: canonicalQuery(filters) }), null, 2);
    return { body, contentType: FORMATS[format] };
  });
}
