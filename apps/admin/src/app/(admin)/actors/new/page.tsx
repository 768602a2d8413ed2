import type { Metadata } from "next";

import { ActorEditor } from "../../../../components/content/actor-editor";
import { EditHeader } from "../../../../components/content/edit-header";
import { requireRole } from "../../../../server/require-user";

export const metadata: Metadata = { title: "New actor" };

export default async function NewActorPage() {
  const user = await requireRole("CONTRIBUTOR");
  return (
    <>
      <EditHeader kind="actor" title="New actor" />
      <ActorEditor record={null} role={user.role} />
    </>
  );
}
