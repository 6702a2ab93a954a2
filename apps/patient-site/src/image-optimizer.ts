import type { ResponsiveImages } from "@clinic/ui/markdown";

/**
 * The one source of the widths and quality `/_next/image` accepts (next.config.ts reads them); the
 * article renderer's srcset must use the same, or the optimizer answers 400 (decision 0095).
 */
export const IMAGE_SIZES = [48, 96, 192, 256, 384] as const;
export const DEVICE_SIZES = [640, 828, 1080, 1200, 1920] as const;
export const IMAGE_QUALITY = 75;
/** The article column (`max-w-3xl`, 48rem) in CSS pixels. */
export const ARTICLE_COLUMN_PX = 768;

/** next/image's default loader URL, spelled out for the sanitized article HTML. */
export function optimizedImageUrl(path: string, width: number): string {
  return `/_next/image?url=${encodeURIComponent(path)}&w=${width}&q=${IMAGE_QUALITY}`;
}

export const ARTICLE_IMAGES: ResponsiveImages = {
  widths: [...IMAGE_SIZES, ...DEVICE_SIZES].filter((width) => width >= 384),
  url: optimizedImageUrl,
  columnWidth: ARTICLE_COLUMN_PX,
};
