import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { VFile } from 'vfile';
import { mediaFileUrl, mediaHashOf } from '@/lib/media/urls';

/** What the renderer knows of a library image (lib/data/media.ts MediaRendition, minus what it does not need). */
export interface PictureSource {
  hash: string;
  width: number;
  height: number;
  altText: string;
  caption: string;
  widths: number[];
  fallback: 'jpg' | 'png' | 'gif';
  hasAvif: boolean;
}

export interface PictureOptions {
  media?: readonly PictureSource[];
  /** The first library image loads at once with high priority: it is likely the largest thing in view (LCP). */
  eagerFirstImage?: boolean;
}

/** The article column: full width on phones, at most about 72ch (46rem) beside the sidebar. */
export const ARTICLE_IMAGE_SIZES = '(max-width: 48rem) 100vw, 46rem';

export function srcSetOf(image: Pick<PictureSource, 'hash' | 'widths'>, type: string): string {
  return image.widths.map((width) => `${mediaFileUrl(image.hash, `${width}.${type}`)} ${width}w`).join(', ');
}

/** The <picture> for a library image: AVIF and WebP sources, a fallback <img> with its intrinsic size so nothing shifts. */
export function pictureElement(image: PictureSource, { alt, eager, sizes = ARTICLE_IMAGE_SIZES }: { alt: string; eager: boolean; sizes?: string }): Element {
  const source = (type: string, mime: string): Element => ({ type: 'element', tagName: 'source', properties: { type: mime, srcSet: srcSetOf(image, type), sizes }, children: [] });
  const largest = image.widths.at(-1) ?? image.width;
  const sources = [...(image.hasAvif ? [source('avif', 'image/avif')] : []), source('webp', 'image/webp')];
  const img: Element = {
    type: 'element',
    tagName: 'img',
    properties: {
      src: mediaFileUrl(image.hash, `${largest}.${image.fallback}`),
      srcSet: srcSetOf(image, image.fallback),
      sizes,
      alt,
      width: image.width,
      height: image.height,
      decoding: 'async',
      ...(eager ? { fetchPriority: 'high' } : { loading: 'lazy' }),
    },
    children: [],
  };
  return { type: 'element', tagName: 'picture', properties: {}, children: [...sources, img] };
}

/**
 * Rehype step: every Markdown image that points at the library becomes a
 * <picture>. The alt text is the library's unless the Markdown gives one. It
 * runs before rehype-sanitize, which stays last and allows exactly these
 * elements and attributes. Options arrive on the file, so the processor stays frozen and shared.
 */
export function rehypeLibraryPictures() {
  return (tree: HastRoot, file: VFile) => {
    const options = (file.data as { pictures?: PictureOptions }).pictures;
    const media = new Map((options?.media ?? []).map((image) => [image.hash, image]));
    if (media.size === 0) return;
    let first = options?.eagerFirstImage ?? false;
    const made = new Set<Element>();
    const stack: Array<HastRoot | HastContent> = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      // A <picture> made here holds an <img> of the same address: not to be made again.
      if (!('children' in node) || made.has(node as Element)) continue;
      // An image alone in its paragraph, with a caption in the library, becomes a <figure> with that caption.
      if (node.type === 'element' && node.tagName === 'p') {
        const figure = captionedFigure(node, media, first);
        if (figure) {
          Object.assign(node, figure);
          first = false;
          made.add(node.children[0] as Element);
          continue;
        }
      }
      node.children = node.children.map((child): ElementContent => {
        if (child.type !== 'element' || child.tagName !== 'img') return child as ElementContent;
        const hash = mediaHashOf(String(child.properties.src ?? ''));
        const image = hash ? media.get(hash) : undefined;
        if (!image) return child;
        const alt = String(child.properties.alt ?? '').trim() || image.altText;
        const picture = pictureElement(image, { alt, eager: first });
        first = false;
        made.add(picture);
        return picture;
      }) as typeof node.children;
      // Document order for "first": push children reversed so the earliest is popped first.
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
    }
  };
}

/** The <figure> for a paragraph that holds only a captioned library image, or null. */
function captionedFigure(paragraph: Element, media: Map<string, PictureSource>, eager: boolean): Element | null {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'element' || only.tagName !== 'img') return null;
  const hash = mediaHashOf(String(only.properties.src ?? ''));
  const image = hash ? media.get(hash) : undefined;
  if (!image?.caption) return null;
  const alt = String(only.properties.alt ?? '').trim() || image.altText;
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [pictureElement(image, { alt, eager }), { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: image.caption }] }],
  };
}
