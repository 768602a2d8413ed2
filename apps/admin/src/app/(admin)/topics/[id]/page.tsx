import type { Metadata } from "next";

import { EditHeader } from "../../../../components/content/edit-header";
import { TopicEditor } from "../../../../components/content/topic-editor";
import { firstParam, type SearchParams } from "../../../../lib/format";
import { api } from "../../../../server/caller";
import { orNotFound } from "../../../../server/not-found";
import { requireUser } from "../../../../server/require-user";

export const metadata: Metadata = { title: "Topic" };

export default async function TopicPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const record = await orNotFound((await api(user)).topic.admin.getForEdit({ id }));
  return (
    <>
      <EditHeader
        kind="topic"
        title={record.form.name}
        created={firstParam(query.created) === "1"}
      />
      <TopicEditor
        key={record.id}
        record={record}
        role={user.role}
        nextPosition={record.form.position}
      />
    </>
  );
}
