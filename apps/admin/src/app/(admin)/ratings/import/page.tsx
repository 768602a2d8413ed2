import type { Metadata } from "next";

import { EditHeader } from "../../../../components/content/edit-header";
import { RatingsImport } from "../../../../components/content/ratings-import";
import type { SearchParams } from "../../../../lib/format";
import { idParam } from "../../../../lib/list-params";
import { api } from "../../../../server/caller";
import { seriesOptions } from "../../../../server/options";
import { requireRole } from "../../../../server/require-user";

export const metadata: Metadata = { title: "Import ratings" };

export default async function ImportRatingsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  // The API allows importing to editors and admins only.
  const user = await requireRole("EDITOR");
  const series = await seriesOptions(await api(user));
  const seriesId = idParam(await searchParams, "series");
  return (
    <>
      <EditHeader
        kind="rating"
        title="Import ratings"
        lead="Add or update a series' ratings from a CSV: every row is checked first, and nothing is written unless all are valid."
        back={{ href: seriesId ? `/ratings?series=${seriesId}` : "/ratings", label: "Ratings" }}
      />
      <RatingsImport series={series} seriesId={seriesId} />
    </>
  );
}
