import { draftMode } from "next/headers";

import { keepDraftModeCookieFirstParty } from "../../../../server/draft-mode-cookie";

/** Leaves draft mode (the preview banner's "Exit preview") and goes to the home page. */
export async function POST() {
  (await draftMode()).disable();
  await keepDraftModeCookieFirstParty();
  return new Response(null, { status: 303, headers: { Location: "/" } });
}
