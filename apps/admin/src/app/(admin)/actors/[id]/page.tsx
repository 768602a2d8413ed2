import type { Metadata } from "next";

import { ActorEditor } from "../../../../components/content/actor-editor";
import { EditHeader } from "../../../../components/content/edit-header";
import { firstParam, type SearchParams } from "../../../../lib/format";
import { api } from "../../../../server/caller";
import { orNotFound } from "../../../../server/not-found";
import { requireUser } from "../../../../server/require-user";

export const metadata: Metadata = { title: "Actor" };

export default async function ActorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const record = await orNotFound((await api(user)).actor.admin.getForEdit({ id }));
  return (
    <>
      <EditHeader
        kind="actor"
        title={record.form.name}
        created={firstParam(query.created) === "1"}
      />
      <ActorEditor key={record.id} record={record} role={user.role} />
    </>
  );
}
