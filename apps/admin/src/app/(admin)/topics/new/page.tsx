import type { Metadata } from "next";

import { EditHeader } from "../../../../components/content/edit-header";
import { TopicEditor } from "../../../../components/content/topic-editor";
import { api } from "../../../../server/caller";
import { requireRole } from "../../../../server/require-user";

export const metadata: Metadata = { title: "New topic" };

export default async function NewTopicPage() {
  const user = await requireRole("CONTRIBUTOR");
  const last = await (
    await api(user)
  ).topic.admin.list({ sort: "position", order: "desc", limit: 1, trash: false });
  return (
    <>
      <EditHeader kind="topic" title="New topic" />
      <TopicEditor
        record={null}
        role={user.role}
        nextPosition={(last.items[0]?.position ?? 0) + 1}
      />
    </>
  );
}
