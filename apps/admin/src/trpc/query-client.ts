import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";

/** One factory for every query client: the browser keeps one, each server render makes its own. */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Editors work on shared records: refetch on focus, but don't refetch what was just fetched.
      queries: { staleTime: 10_000, refetchOnWindowFocus: true, retry: 1 },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
