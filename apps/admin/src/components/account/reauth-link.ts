import type { AppRouter } from "@kz/api";
import type { TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";

import { askToReauthenticate } from "./reauth-prompt";

/**
 * A sensitive mutation refused because the session's last proof is too old (`data.reauthRequired`,
 * the API's `sensitive` flag) asks the user to prove it is them, then is sent again, once. Every
 * sensitive action gets this from here, with no code of its own.
 */
export const reauthLink: TRPCLink<AppRouter> =
  () =>
  ({ op, next }) =>
    observable((observer) => {
      let retried = false;
      let current = next(op).subscribe({
        next: pass,
        error: onError,
        complete: () => observer.complete(),
      });
      function pass(value: Parameters<typeof observer.next>[0]) {
        observer.next(value);
      }
      function onError(error: Parameters<typeof observer.error>[0]) {
        const data = error.data as { reauthRequired?: boolean } | undefined;
        if (retried || op.type !== "mutation" || !data?.reauthRequired) {
          observer.error(error);
          return;
        }
        retried = true;
        void askToReauthenticate().then((ok) => {
          if (!ok) return observer.error(error);
          current = next(op).subscribe(observer);
        });
      }
      return () => current.unsubscribe();
    });
