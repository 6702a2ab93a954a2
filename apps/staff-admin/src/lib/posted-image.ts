import { MEDIA_MAX_BYTES } from "@clinic/domain/media/upload";

/**
 * The file of an image upload form as base64, or the sentence that refuses it. The size is checked before
 * reading: the domain says the same, but there is no need to base64 a huge file only to be told it is too big.
 */
export async function postedImage(form: FormData, noun: "an image" | "a photo"): Promise<{ imageBase64: string } | { problem: string }> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { problem: `Choose ${noun} to upload.` };
  if (file.size > MEDIA_MAX_BYTES) return { problem: "That image is larger than 5 MB: make it smaller and try again." };
  return { imageBase64: Buffer.from(await file.arrayBuffer()).toString("base64") };
}
