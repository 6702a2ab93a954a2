"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, type HTTPBatchLinkOptions } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import { makeQueryClient } from "./query-client";

let browserQueryClient: QueryClient | undefined;

/** The server needs a fresh client per request; the browser keeps one so the cache survives navigation. */
function getQueryClient(): QueryClient {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/** Both apps' client-side tRPC wiring, typed by the app's own router. */
export function createTrpcReact<TRouter extends AnyTRPCRouter>() {
  const context = createTRPCContext<TRouter>();
  const { TRPCProvider } = context;

  function TRPCReactProvider({ children }: { children: ReactNode }) {
    const queryClient = getQueryClient();
    const [trpcClient] = useState(() =>
      createTRPCClient<TRouter>({
        links: [
          // Both routers use superjson; the cast only restates that for the generic router type.
          // One JSON answer per batch with a real HTTP status (streaming answers 200 before any procedure has run).
          // Same-origin relative URL: client components fetch only in the browser; server components use the caller.
          httpBatchLink<TRouter>({ url: "/api/trpc", transformer: superjson, maxURLLength: 2048 } as unknown as HTTPBatchLinkOptions<TRouter["_def"]["_config"]["$types"]>),
        ],
      }),
    );
    return (
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    );
  }

  return { ...context, TRPCReactProvider };
}
