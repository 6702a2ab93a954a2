import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { getCaller } from "~/trpc/server";

/**
 * One published article, or null when there is none by that slug (unknown, draft, or not even a valid
 * slug). Cached so generateMetadata and the page share one query.
 */
export const getPublishedArticle = cache(async (slug: string) => {
  try {
    return await (await getCaller()).articles.bySlug({ slug });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

/** Where an article that used to live at `slug` lives now, or null (the page then answers 404). */
export async function findMovedArticle(slug: string): Promise<string | null> {
  try {
    return (await (await getCaller()).articles.moved({ slug })).slug;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return null;
    throw error;
  }
}
