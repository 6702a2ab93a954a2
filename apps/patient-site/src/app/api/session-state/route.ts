import { getSessionUser } from "~/auth";

/**
 * `{ signedIn }` for the header's account links: cached pages are the same for everyone, so the browser
 * asks for the one per-visitor fact they show (docs/decisions/0091). Never cached anywhere.
 */
export async function GET(): Promise<Response> {
  const signedIn = (await getSessionUser()) !== null;
  return Response.json({ signedIn }, { headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}
