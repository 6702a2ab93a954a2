import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";

/**
 * One factory for the browser's long-lived client and the server's per-request clients.
 * superjson on (de)hydration keeps Dates as Dates across the server → client boundary.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Data that arrived with the page is fresh for a while; refetching it at once would be wasted work.
      queries: { staleTime: 30 * 1000 },
      dehydrate: {
        serializeData: superjson.serialize,
        // Streaming: queries still pending when the page renders are sent too and resolve on the client.
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
        // Next detects dynamic pages by errors it throws, so they must pass unredacted; Next redacts errors in production itself.
        shouldRedactErrors: () => false,
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
