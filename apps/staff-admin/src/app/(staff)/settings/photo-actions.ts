"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { MEDIA_MAX_BYTES } from "@clinic/domain/media/upload";
import { TRPCError } from "@trpc/server";
import { unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import { refreshPatientPages } from "~/lib/patient-site";
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
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { alt, fieldErrors: { file: "Choose a photo to upload." }, formError: "Choose a photo to upload." };
  // Checked before reading: no need to base64 a huge file only to be told it is too big.
  if (file.size > MEDIA_MAX_BYTES) {
    const message = "That image is larger than 5 MB: make it smaller and try again.";
    return { alt, fieldErrors: { file: message }, formError: message };
  }
  try {
    const imageBase64 = Buffer.from(await file.arrayBuffer()).toString("base64");
    const result = await (await getCaller()).settings.setProviderPhoto({ providerId, imageBase64, alt });
    if (!result.ok) return { alt, fieldErrors: result.fieldErrors, formError: result.message };
    revalidatePath("/settings", "layout");
    await refreshPatientPages(PAGES_WITH_PHOTOS);
    return { done: "saved" };
  } catch (error) {
    unstable_rethrow(error);
    return failed(error, alt);
  }
}
