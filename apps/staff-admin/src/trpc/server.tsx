import "server-only";

import { createTRPCContext } from "@clinic/api/context";
import { createStaffCaller, staffRouter } from "@clinic/api/staff-router";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { getSessionUser } from "~/auth";
import { makeQueryClient } from "./query-client";

/** The tRPC context of the current request, built once per request (React `cache`). */
const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set("x-trpc-source", "rsc");
  return createTRPCContext({ headers: heads, user: await getSessionUser() });
});

export const getQueryClient = cache(makeQueryClient);

/** Query options for prefetching in server components; calls procedures in-process, without HTTP. */
export const trpc = createTRPCOptionsProxy({ router: staffRouter, ctx: createContext, queryClient: getQueryClient });

/** Direct server-side calls for server components that render data themselves. */
export async function getCaller() {
  return createStaffCaller(await createContext());
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query option shape of the router
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  void getQueryClient().prefetchQuery(queryOptions);
}
