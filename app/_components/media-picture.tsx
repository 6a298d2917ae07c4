import { ARTICLE_IMAGE_SIZES, srcSetOf, type PictureSource } from '@/lib/markdown/pictures';
import { mediaFileUrl } from '@/lib/media/urls';

interface Props {
  image: PictureSource;
  alt: string;
  sizes?: string;
  /** For the image most likely to be the largest in view: no lazy loading, high fetch priority. */
  priority?: boolean;
  className?: string;
}

/** A library image as a <picture>, the same markup Markdown images get (lib/markdown/pictures.ts). */
export function MediaPicture({ image, alt, sizes = ARTICLE_IMAGE_SIZES, priority = false, className }: Props) {
  const largest = image.widths.at(-1) ?? image.width;
  return (
    <picture className={className}>
      {image.hasAvif && <source type="image/avif" srcSet={srcSetOf(image, 'avif')} sizes={sizes} />}
      <source type="image/webp" srcSet={srcSetOf(image, 'webp')} sizes={sizes} />
      <img
        src={mediaFileUrl(image.hash, `${largest}.${image.fallback}`)}
        srcSet={srcSetOf(image, image.fallback)}
        sizes={sizes}
        alt={alt}
        width={image.width}
        height={image.height}
        decoding="async"
        loading={priority ? undefined : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
      />
    </picture>
  );
}
