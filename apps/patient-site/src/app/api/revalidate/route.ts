import { EVERY_PATIENT_PAGE } from "@clinic/auth/revalidate-signature";
import { revalidatePath } from "next/cache";
import { handleRevalidation } from "~/content/revalidation";
import { env } from "~/env";
import { pageCache } from "~/page-cache/shared";

/** POST `{ paths }` signed by the staff app: refreshes those cached pages at once (see ~/content/revalidation). */
export async function POST(request: Request): Promise<Response> {
  return handleRevalidation(request, env.REVALIDATE_SECRET, (path) => {
    if (path === EVERY_PATIENT_PAGE) revalidatePath("/", "layout");
    else revalidatePath(path);
    pageCache().purge([path]);
  });
}
