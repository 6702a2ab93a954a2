import "server-only";
import { PREVIEW_LINK_TTL_MS, REVALIDATE_SIGNATURE_HEADER, signPreview, signRevalidation } from "@clinic/auth/revalidate-signature";
import { patientSite } from "~/env";

/**
 * Asks the patient site to re-render the pages that show an article, right after it was published,
 * edited or archived (signed with the shared secret). A failure is logged, never shown as a failed
 * save: the change is committed, and the site's own revalidation catches up.
 */
export async function refreshPatientPages(paths: string[]): Promise<boolean> {
  const { url, secret } = patientSite();
  if (paths.length === 0 || !secret) return false;
  const body = JSON.stringify({ paths });
  try {
    const response = await fetch(new URL("/api/revalidate", url), {
      method: "POST",
      headers: { "content-type": "application/json", [REVALIDATE_SIGNATURE_HEADER]: signRevalidation(secret, body) },
      body,
      signal: AbortSignal.timeout(5_000),
      cache: "no-store",
    });
    if (!response.ok) console.error("patient site refresh refused", { status: response.status });
    return response.ok;
  } catch (error) {
    console.error("patient site refresh failed", { error: error instanceof Error ? error.name : typeof error });
    return false;
  }
}

/** A link to a revision on the patient site that works for one hour and is never indexed; null without a shared secret. */
export function draftPreviewLink(revisionId: string, now = Date.now()): { href: string; expiresAt: Date } | null {
  const { url, secret } = patientSite();
  if (!secret) return null;
  const expiresAt = now + PREVIEW_LINK_TTL_MS;
  const href = new URL(`/health-library/preview/${signPreview(secret, revisionId, expiresAt)}`, url).toString();
  return { href, expiresAt: new Date(expiresAt) };
}
