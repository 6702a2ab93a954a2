import { TRPCError } from "@trpc/server";

/** The tRPC code of an error thrown by a server-side call, or null for anything else (a real failure). */
export function trpcErrorCode(error: unknown): TRPCError["code"] | null {
  return error instanceof TRPCError ? error.code : null;
}
