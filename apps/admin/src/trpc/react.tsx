"use client";

// First: no other module may parse with Zod before it is told not to try `new Function` (CSP).
import "../lib/zod-without-eval";
import type { AppRouter } from "@kz/api";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";

import { ReauthDialog } from "../components/account/reauth-dialog";
import { reauthLink } from "../components/account/reauth-link";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;
function getQueryClient() {
  if (typeof window === "undefined") return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}

/** Client components call the admin's own /api/trpc with the session cookie. */
export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        reauthLink,
        httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: 10 }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
        <ReauthDialog />
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** The server's error data (see the api's errorFormatter): field messages, the current version on CONFLICT. */
export interface ApiErrorData {
  code?: string;
  fieldErrors?: Record<string, string[]>;
  currentVersion?: number;
  /** A refused publish: the linked records nobody has published yet. */
  unpublishedLinks?: { entityType: string; id: string; title: string }[];
}

export function apiErrorData(error: unknown): ApiErrorData {
  return error instanceof TRPCClientError ? ((error.data ?? {}) as ApiErrorData) : {};
}
