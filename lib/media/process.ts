import sharp, { type Metadata, type Sharp } from 'sharp';
import { MAX_PIXELS, SOCIAL_CROP, variantWidths } from './limits';
import { MediaRefusal } from './refusal';
import type { ImageFormat } from './sniff';

/** One public file of an image. */
export interface MediaFile {
  name: string;
  contentType: string;
  width: number;
  height: number;
  bytes: Buffer;
}

export interface ProcessedImage {
  /** Of the upright picture. */
  width: number;
  height: number;
  files: MediaFile[];
}

/** The file type browsers fall back to when they take neither AVIF nor WebP. */
export type FallbackType = 'jpg' | 'png' | 'gif';

const CONTENT_TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif' };

export function contentTypeOf(name: string): string {
  return CONTENT_TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/**
 * Every decode is bounded: `limitInputPixels` makes libvips refuse a larger
 * picture before allocating it, and `failOn: 'error'` refuses a corrupt file
 * instead of rendering half of it.
 */
function open(bytes: Buffer, animated: boolean): Sharp {
  return sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error', animated });
}

/**
 * Reads only the header, so a decompression bomb (a few KB that would decode
 * to 30,000 × 30,000 pixels) is refused in milliseconds, before any decoding.
 */
async function readHeader(bytes: Buffer): Promise<Metadata> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaRefusal('File could not be read as an image: it is damaged or not really the format it starts as.', 422);
  }
  const { width, height } = metadata;
  if (!width || !height) throw new MediaRefusal('File has no picture size in it; it is damaged.', 422);
  const pixels = width * height;
  if (pixels > MAX_PIXELS) {
    throw new MediaRefusal(
      `File is ${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} pixels (${Math.round(pixels / 1e6)} megapixels); the limit is ${MAX_PIXELS / 1e6} megapixels.`,
      413,
    );
  }
  return metadata;
}

export function fallbackTypeFor(format: ImageFormat, hasAlpha: boolean): FallbackType {
  if (format === 'gif') return 'gif';
  return format === 'png' || hasAlpha ? 'png' : 'jpg';
}

function encode(pipeline: Sharp, type: 'avif' | 'webp' | FallbackType): Sharp {
  switch (type) {
    case 'avif':
      return pipeline.avif({ quality: 50, effort: 1 });
    case 'webp':
      return pipeline.webp({ quality: 75, effort: 4 });
    case 'jpg':
      return pipeline.jpeg({ quality: 78, mozjpeg: true });
    case 'png':
      return pipeline.png({ compressionLevel: 9, palette: false });
    case 'gif':
      return pipeline.gif();
  }
}

/**
 * The files readers get, made once at upload. `.rotate()` with no angle
 * applies the EXIF orientation; output carries no metadata at all (no EXIF,
 * GPS, XMP or IPTC) because `withMetadata()`/`keepMetadata()` are never called.
 */
export async function processImage(bytes: Buffer, format: ImageFormat): Promise<ProcessedImage> {
  const header = await readHeader(bytes);
  const animated = format === 'gif' && (header.pages ?? 1) > 1;
  const fallback = fallbackTypeFor(format, header.hasAlpha ?? false);
  // AVIF has no animation in libvips; an animated GIF gets WebP and GIF only.
  const types: Array<'avif' | 'webp' | FallbackType> = animated ? ['webp', fallback] : ['avif', 'webp', fallback];
  const sideways = (header.orientation ?? 1) >= 5;
  const frameHeight = animated ? (header.pageHeight ?? header.height!) : header.height!;
  const width = sideways ? frameHeight : header.width!;
  const height = sideways ? header.width! : frameHeight;

  const files: MediaFile[] = [];
  try {
    // Still pictures are decoded and turned upright once; every width is resized from those pixels.
    const upright = animated ? null : await open(bytes, false).rotate().raw().toBuffer({ resolveWithObject: true });
    const fromUpright = () => (upright ? sharp(upright.data, { raw: upright.info, limitInputPixels: MAX_PIXELS }) : open(bytes, true).rotate());
    for (const variantWidth of variantWidths(width)) {
      const variantHeight = Math.max(1, Math.round((height * variantWidth) / width));
      const resized = upright ? await fromUpright().resize({ width: variantWidth }).raw().toBuffer({ resolveWithObject: true }) : null;
      for (const type of types) {
        const pipeline = resized ? sharp(resized.data, { raw: resized.info }) : fromUpright().resize({ width: variantWidth });
        const output = await encode(pipeline, type).toBuffer();
        files.push({ name: `${variantWidth}.${type}`, contentType: contentTypeOf(`x.${type}`), width: variantWidth, height: variantHeight, bytes: output });
      }
    }
    const social = await fromUpright()
      .resize({ ...SOCIAL_CROP, fit: 'cover', position: sharp.strategy.attention })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
    files.push({ name: 'og.jpg', contentType: 'image/jpeg', ...SOCIAL_CROP, bytes: social });
  } catch (error) {
    if (error instanceof MediaRefusal) throw error;
    throw new MediaRefusal(`File could not be decoded as an image (${(error as Error).message.split('\n')[0]}).`, 422);
  }
  return { width, height, files };
}
