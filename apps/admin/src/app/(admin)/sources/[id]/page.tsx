import type { Metadata } from "next";

import { EditHeader } from "../../../../components/content/edit-header";
import { SourceEditor } from "../../../../components/content/source-editor";
import { firstParam, type SearchParams } from "../../../../lib/format";
import { api } from "../../../../server/caller";
import { orNotFound } from "../../../../server/not-found";
import { requireUser } from "../../../../server/require-user";

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const record = await orNotFound((await api(user)).source.admin.getForEdit({ id }));
  return (
    <>
      <EditHeader
        kind="source"
        title={record.form.title}
        created={firstParam(query.created) === "1"}
      />
      <SourceEditor key={record.id} record={record} role={user.role} />
    </>
  );
}
