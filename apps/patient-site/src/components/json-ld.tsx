import { serializeJsonLd, type JsonLd as JsonLdData } from "~/content/structured-data";

/** Structured data for search engines; a data block, not a script, so the CSP does not apply to it. */
export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
