import { draftMode } from "next/headers";

/** Leaves draft mode (the preview banner's "Exit preview") and goes to the home page. */
export async function POST() {
  (await draftMode()).disable();
  return new Response(null, { status: 303, headers: { Location: "/" } });
}
