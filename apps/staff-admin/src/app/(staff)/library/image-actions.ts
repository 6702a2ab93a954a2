"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { MEDIA_MAX_BYTES } from "@clinic/domain/media/upload";
import { articleImageMarkdown } from "@clinic/ui/markdown";
import { TRPCError } from "@trpc/server";
import { unstable_rethrow } from "next/navigation";
import { getCaller } from "~/trpc/server";

export type ImageUploadState = {
  formError?: string;
  fieldErrors?: { file?: string; alt?: string };
  alt?: string;
  /** The Markdown to place in the text, once stored. */
  markdown?: string;
};

/** One image from the editor's upload form (multipart POST; works without JavaScript). */
export async function uploadImageAction(_previous: ImageUploadState, form: FormData): Promise<ImageUploadState> {
  const alt = postedText(form, "alt");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { alt, fieldErrors: { file: "Choose an image to upload." }, formError: "Choose an image to upload." };
  // Checked before reading: the domain says the same, but there is no need to base64 a huge file first.
  if (file.size > MEDIA_MAX_BYTES) {
    const message = "That image is larger than 5 MB: make it smaller and try again.";
    return { alt, fieldErrors: { file: message }, formError: message };
  }
  try {
    const imageBase64 = Buffer.from(await file.arrayBuffer()).toString("base64");
    const result = await (await getCaller()).library.uploadImage({ imageBase64, alt });
    if (!result.ok) return { alt, fieldErrors: result.fieldErrors, formError: result.message };
    return { markdown: articleImageMarkdown(result.image) };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { alt, formError: error.message };
    console.error("uploading an image failed:", error instanceof Error ? error.name : typeof error);
    return { alt, formError: "We could not store the image. Please try again in a moment." };
  }
}
