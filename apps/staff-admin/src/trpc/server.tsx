import "server-only";

import { createTRPCContext } from "@clinic/api/context";
import { createPatientCaller } from "@clinic/api/patient-router";
import { createStaffCaller, staffRouter } from "@clinic/api/staff-router";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { makeQueryClient } from "@clinic/ui/query-client";
import { getSessionUser, requireStaff } from "~/auth";

/** One context per request: the session is checked once however many procedures a page calls. */
const createContext = cache(async () =>
  createTRPCContext({ headers: new Headers(await headers()), user: await getSessionUser() }),
);

/** Per request, so one visitor's prefetched data can never be served to another. */
export const getQueryClient = cache(makeQueryClient);

/** Query options for server components that prefetch data a client component will read. */
export const trpc = createTRPCOptionsProxy({ ctx: createContext, router: staffRouter, queryClient: getQueryClient });

/**
 * Direct, in-process calls for server components and server actions (no HTTP hop). Without a session (it
 * ended, or the account was disabled) this redirects to sign-in, so a posted form never lands on the error page.
 */
export const getCaller = cache(async () => {
  const context = await createContext();
  if (!context.user) await requireStaff();
  return createStaffCaller(context);
});

/** The public catalogue (services, where they are offered) as the patient site reads it; for booking for a patient. */
export const getPublicCaller = cache(async () => createPatientCaller(await createContext()));

/** Sends everything prefetched during this request to the client components below it. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/** Starts (or, when awaited, completes) a query on the server so the client renders without a loading state. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any procedure's options; mirrors tRPC's own helper
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T): Promise<void> {
  return getQueryClient().prefetchQuery(queryOptions);
}
