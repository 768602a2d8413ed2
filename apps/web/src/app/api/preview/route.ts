import { answer503WhenDatabaseDown } from "@kz/api/availability";
import { draftMode } from "next/headers";
import { redirect } from "next/navigation";

import { keepDraftModeCookieFirstParty } from "../../../server/draft-mode-cookie";
import { previewEvent } from "../../../server/preview";

/**
 * The admin's "Preview" opens this with a signed, short-lived token: draft mode is turned on for this
 * browser only (a cookie), and the browser goes to the event's page, which then shows the working
 * copy with a banner. A missing, forged or expired token turns nothing on.
 */
export const GET = answer503WhenDatabaseDown(async (request: Request) => {
  const token = new URL(request.url).searchParams.get("token") ?? undefined;
  const event = await previewEvent(token);
  if (!event) {
    return new Response(
      "This preview link is invalid or has expired (links last 10 minutes). Open a new one from the admin.",
      { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } },
    );
  }
  (await draftMode()).enable();
  await keepDraftModeCookieFirstParty();
  // The path comes from the token's event, never from the query: no open redirect.
  redirect(`/events/${encodeURIComponent(event.slug)}?preview=${encodeURIComponent(token!)}`);
});
