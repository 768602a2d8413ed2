import type { Metadata } from "next";

import { PlaceEditor } from "../../../../components/content/place-editor";
import { EditHeader } from "../../../../components/content/edit-header";
import { requireRole } from "../../../../server/require-user";

export const metadata: Metadata = { title: "New place" };

export default async function NewPlacePage() {
  const user = await requireRole("CONTRIBUTOR");
  return (
    <>
      <EditHeader kind="place" title="New place" />
      <PlaceEditor record={null} role={user.role} />
    </>
  );
}
