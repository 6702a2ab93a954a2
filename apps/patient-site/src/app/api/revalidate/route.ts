import { revalidatePath } from "next/cache";
import { handleRevalidation } from "~/content/revalidation";
import { env } from "~/env";

/** POST `{ paths }` signed by the staff app: refreshes those cached pages at once (see ~/content/revalidation). */
export async function POST(request: Request): Promise<Response> {
  return handleRevalidation(request, env.REVALIDATE_SECRET, (path) => revalidatePath(path));
}
