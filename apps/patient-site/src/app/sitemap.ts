import type { MetadataRoute } from "next";
import { siteUrl } from "~/env";
import { getCaller } from "~/trpc/server";

// Read at request time: articles change without a deploy, and `next build` must not need a database.
export const dynamic = "force-dynamic";

const STATIC_ROUTES = ["/", "/health-library", "/services", "/providers", "/locations", "/book", "/sign-up", "/sign-in"];

/** The later of first publication and the last approved review: drafts and edits in review change nothing patients see. */
function lastPublishedChange(article: { publishedAt: Date; reviewedOn: string | null }): Date {
  const reviewed = article.reviewedOn ? new Date(`${article.reviewedOn}T00:00:00Z`) : null;
  return reviewed && reviewed > article.publishedAt ? reviewed : article.publishedAt;
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const articles = await (await getCaller()).articles.list();
  return [
    ...STATIC_ROUTES.map((path) => ({ url: new URL(path, base).toString(), changeFrequency: "weekly" as const })),
    ...articles.map((article) => ({
      url: new URL(`/health-library/${article.slug}`, base).toString(),
      lastModified: lastPublishedChange(article),
      changeFrequency: "monthly" as const,
    })),
  ];
}
