import type { MetadataRoute } from "next";
import { siteUrl } from "~/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // Personal pages are behind sign-in anyway; keeping crawlers out avoids pointless redirects in their logs.
    rules: { userAgent: "*", allow: "/", disallow: ["/appointments", "/profile", "/api/"] },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
