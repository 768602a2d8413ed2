import type { Metadata } from "next";

import { PlaceEditor } from "../../../../components/content/place-editor";
import { EditHeader } from "../../../../components/content/edit-header";
import { requireRole } from "../../../../server/require-actor";

export const metadata: Metadata = { title: "New place" };

// Places have no drafts: what is saved is public at once, so creating one needs an editor.
export default async function NewPlacePage() {
  const actor = await requireRole("EDITOR");
  return (
    <>
      <EditHeader kind="place" title="New place" />
      <PlaceEditor record={null} role={actor.role} />
    </>
  );
}
