import "server-only";

import { createCaller, type CurrentUser } from "@kz/api";
import { headers } from "next/headers";

import { clientIp } from "./client-ip";
import { sessionContext } from "./context";
import { sendBackIfUnavailable } from "./unavailable";

/** The API called in-process by admin server components, as the signed-in user. */
export async function api(user: CurrentUser) {
  const requestHeaders = await headers();
  return createCaller(sessionContext(user, clientIp(requestHeaders.get("x-forwarded-for"))), {
    // Throwing here replaces the call's error: a redirect for a page that lost the database.
    onError: ({ error }) => sendBackIfUnavailable(error, requestHeaders),
  });
}
