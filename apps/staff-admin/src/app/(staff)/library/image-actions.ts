"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import { articleImageMarkdown } from "@clinic/ui/markdown";
import { TRPCError } from "@trpc/server";
import { unstable_rethrow } from "next/navigation";
import { postedImage } from "~/lib/posted-image";
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
  const posted = await postedImage(form, "an image");
  if ("problem" in posted) return { alt, fieldErrors: { file: posted.problem }, formError: posted.problem };
  try {
    const result = await (await getCaller()).library.uploadImage({ imageBase64: posted.imageBase64, alt });
    if (!result.ok) return { alt, fieldErrors: result.fieldErrors, formError: result.message };
    return { markdown: articleImageMarkdown(result.image) };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { alt, formError: error.message };
    console.error("uploading an image failed:", error instanceof Error ? error.name : typeof error);
    return { alt, formError: "We could not store the image. Please try again in a moment." };
  }
}
