"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { TRPCError } from "@trpc/server";
import { unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import { refreshPatientPages } from "~/lib/patient-site";
import { postedImage } from "~/lib/posted-image";
import { getCaller } from "~/trpc/server";

/** The patient pages that show provider photos (served from the page cache, docs/decisions/0091). */
const PAGES_WITH_PHOTOS = ["/providers"];

export type ProviderPhotoState = {
  formError?: string;
  fieldErrors?: { file?: string; alt?: string };
  alt?: string;
  /** What changed, for the heading that takes focus afterwards. */
  done?: "saved" | "removed";
};

function failed(error: unknown, alt: string): ProviderPhotoState {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { alt, formError: error.message };
  console.error("changing a provider photo failed:", error instanceof Error ? error.name : typeof error);
  return { alt, formError: "We could not change the photo. Please try again in a moment." };
}

/**
 * A provider's portrait from the settings page: `intent=upload` (multipart) or `intent=remove`. One
 * action for both forms, so the page's one state always says what happened last. Works without JavaScript.
 */
export async function providerPhotoAction(_previous: ProviderPhotoState, form: FormData): Promise<ProviderPhotoState> {
  const providerId = postedText(form, "providerId");
  if (postedText(form, "intent") === "remove") {
    try {
      await (await getCaller()).settings.removeProviderPhoto({ providerId });
      revalidatePath("/settings", "layout");
      await refreshPatientPages(PAGES_WITH_PHOTOS);
      return { done: "removed" };
    } catch (error) {
      unstable_rethrow(error);
      return failed(error, "");
    }
  }
  const alt = postedText(form, "alt");
  const posted = await postedImage(form, "a photo");
  if ("problem" in posted) return { alt, fieldErrors: { file: posted.problem }, formError: posted.problem };
  try {
    const result = await (await getCaller()).settings.setProviderPhoto({ providerId, imageBase64: posted.imageBase64, alt });
    if (!result.ok) return { alt, fieldErrors: result.fieldErrors, formError: result.message };
    revalidatePath("/settings", "layout");
    await refreshPatientPages(PAGES_WITH_PHOTOS);
    return { done: "saved" };
  } catch (error) {
    unstable_rethrow(error);
    return failed(error, alt);
  }
}
