import "server-only";

import { createTRPCContext } from "@clinic/api/context";
import { createPatientCaller, patientRouter } from "@clinic/api/patient-router";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { getSessionUser } from "~/auth";
import { env } from "~/env";
import { makeQueryClient } from "@clinic/ui/query-client";

/** One context per request: the session is checked once however many procedures a page calls. */
const createContext = cache(async () =>
  // The shared secret checks draft-preview links; only this in-process caller has it (never /api/trpc).
  createTRPCContext({ headers: new Headers(await headers()), user: await getSessionUser(), previewSecret: env.REVALIDATE_SECRET ?? null }),
);

/** Per request, so one visitor's prefetched data can never be served to another. */
export const getQueryClient = cache(makeQueryClient);

/** Query options for server components that prefetch data a client component will read. */
export const trpc = createTRPCOptionsProxy({ ctx: createContext, router: patientRouter, queryClient: getQueryClient });

/** Direct, in-process calls for server components that render the data themselves (no HTTP hop). */
export const getCaller = cache(async () => createPatientCaller(await createContext()));

/** Sends everything prefetched during this request to the client components below it. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/** Starts (or, when awaited, completes) a query on the server so the client renders without a loading state. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any procedure's options; mirrors tRPC's own helper
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T): Promise<void> {
  return getQueryClient().prefetchQuery(queryOptions);
}
