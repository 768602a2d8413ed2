import type { Metadata } from "next";

import { PlaceEditor } from "../../../../components/content/place-editor";
import { EditHeader } from "../../../../components/content/edit-header";
import { firstParam, type SearchParams } from "../../../../lib/format";
import { api } from "../../../../server/caller";
import { orNotFound } from "../../../../server/not-found";
import { requireUser } from "../../../../server/require-user";

export const metadata: Metadata = { title: "Place" };

export default async function PlacePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const record = await orNotFound((await api(user)).place.admin.getForEdit({ id }));
  return (
    <>
      <EditHeader
        kind="place"
        title={record.form.name}
        created={firstParam(query.created) === "1"}
      />
      <PlaceEditor key={record.id} record={record} role={user.role} />
    </>
  );
}
