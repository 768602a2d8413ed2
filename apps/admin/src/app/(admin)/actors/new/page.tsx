import type { Metadata } from "next";

import { ActorEditor } from "../../../../components/content/actor-editor";
import { EditHeader } from "../../../../components/content/edit-header";
import { requireRole } from "../../../../server/require-actor";

export const metadata: Metadata = { title: "New actor" };

// Actors have no drafts: what is saved is public at once, so creating one needs an editor.
export default async function NewActorPage() {
  const actor = await requireRole("EDITOR");
  return (
    <>
      <EditHeader kind="actor" title="New actor" />
      <ActorEditor record={null} role={actor.role} />
    </>
  );
}
