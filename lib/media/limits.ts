/** What an upload may be. The numbers are the issue's; the bomb check needs only the header. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 50_000_000;

/** Widths of the responsive variants; the browser picks one from srcset by its layout width and DPR. */
export const VARIANT_WIDTHS = [480, 960, 1600, 2400] as const;

/** The 1200×630 crop that social sites show for og:image and twitter:image. */
export const SOCIAL_CROP = { width: 1200, height: 630 } as const;

/**
 * The widths made for an image `originalWidth` pixels wide: the standard
 * widths below it, plus the original width itself when it falls between two,
 * so the sharpest file is never an upscale and never missing.
 */
export function variantWidths(originalWidth: number): number[] {
  const below = VARIANT_WIDTHS.filter((width) => width < originalWidth);
  const top = VARIANT_WIDTHS.find((width) => width >= originalWidth);
  if (top === originalWidth || below.length < VARIANT_WIDTHS.length) return [...below, originalWidth];
  return below;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
