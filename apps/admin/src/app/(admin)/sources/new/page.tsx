import type { Metadata } from "next";

import { EditHeader } from "../../../../components/content/edit-header";
import { SourceEditor } from "../../../../components/content/source-editor";
import { requireRole } from "../../../../server/require-user";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage() {
  const user = await requireRole("CONTRIBUTOR");
  return (
    <>
      <EditHeader kind="source" title="New source" />
      <SourceEditor record={null} role={user.role} />
    </>
  );
}
