import { claimArticleVersion, latestSaveOf, slugBelongsToAnotherArticle } from "@clinic/db/queries/article-editing";
import type { Executor } from "@clinic/db/client";
import { ArticleChangedMeanwhile, ArticleSlugTaken } from "@clinic/domain/content/review-workflow";

/**
 * Every write starts here: bump the article's version only if the form saw the current one. Someone
 * else's save in between refuses this one with their name (optimistic concurrency, docs/decisions/0077).
 */
export async function claimVersion(tx: Executor, articleId: string, expectedVersion: number) {
  const claimed = await claimArticleVersion(tx, articleId, expectedVersion);
  if (claimed) return claimed;
  const latest = await latestSaveOf(tx, articleId);
  throw new ArticleChangedMeanwhile(latest?.name ?? null);
}

export async function refuseTakenSlug(tx: Executor, slug: string, articleId: string | null) {
  if (await slugBelongsToAnotherArticle(tx, slug, articleId)) throw new ArticleSlugTaken(slug);
}
