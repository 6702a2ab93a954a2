"use client";

import type { StaffRouter } from "@clinic/api/staff-router";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<StaffRouter>();

let browserQueryClient: QueryClient | undefined;

/** The server needs a fresh client per request; the browser keeps one so the cache survives navigation. */
function getQueryClient(): QueryClient {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<StaffRouter>({
      links: [
        // One JSON answer per batch with a real HTTP status (streaming answers 200 before any procedure has run).
        // Same-origin relative URL: client components fetch only in the browser; server components use the caller.
        httpBatchLink({ url: "/api/trpc", transformer: superjson, maxURLLength: 2048 }),
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
