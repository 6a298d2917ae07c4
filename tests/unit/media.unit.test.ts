import { describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/render';

import { MAX_PIXELS, MAX_UPLOAD_BYTES, variantWidths } from '@/lib/media/limits';
import { sniffImageFormat } from '@/lib/media/sniff';
import { CachedFileSource } from '@/lib/media/file-cache';
import { hashesWithoutOwnAlt, mediaHashesIn, mediaHashOf } from '@/lib/media/urls';
import { makeBomb, makePhoto, makePng, SVG_WITH_SCRIPT } from '../support/images';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'binary'));

describe('sniffImageFormat', () => {
  it('names each accepted format by its magic bytes', async () => {
    expect(sniffImageFormat(await makePhoto(40, 30))).toBe('jpeg');
    expect(sniffImageFormat(await makePng(8, 8))).toBe('png');
    expect(sniffImageFormat(ascii('GIF89a\x01\x00\x01\x00'))).toBe('gif');
    expect(sniffImageFormat(ascii('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('webp');
    expect(sniffImageFormat(ascii('\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1'))).toBe('avif');
    // A compatible brand is enough (some encoders write mif1 as the major brand).
    expect(sniffImageFormat(ascii('\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avif'))).toBe('avif');
  });

  it('recognises SVG (to refuse it by name), with or without an XML declaration', () => {
    expect(sniffImageFormat(SVG_WITH_SCRIPT)).toBe('svg');
    expect(sniffImageFormat(Buffer.from('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"></svg>', 'utf8'))).toBe('svg');
  });

  it('ignores the name and claimed type: anything else is unknown', () => {
    expect(sniffImageFormat(ascii('%PDF-1.7'))).toBeNull();
    expect(sniffImageFormat(ascii('<html><body>'))).toBeNull();
    expect(sniffImageFormat(ascii('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00heicmif1'))).toBeNull();
    expect(sniffImageFormat(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffImageFormat(bytes())).toBeNull();
  });
});

describe('limits', () => {
  it('are 20 MB and 50 megapixels, and the bomb fixture is far past them in pixels but tiny in bytes', () => {
    expect(MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
    expect(MAX_PIXELS).toBe(50_000_000);
    const bomb = makeBomb(20_000);
    expect(bomb.length).toBeLessThan(100_000);
    expect(sniffImageFormat(bomb)).toBe('png');
  });
});

describe('variantWidths', () => {
  it('never makes a variant wider than the original, and always includes the original width at the top', () => {
    expect(variantWidths(300)).toEqual([300]);
    expect(variantWidths(480)).toEqual([480]);
    expect(variantWidths(1200)).toEqual([480, 960, 1200]);
    expect(variantWidths(2400)).toEqual([480, 960, 1600, 2400]);
    expect(variantWidths(6000)).toEqual([480, 960, 1600, 2400]);
    for (let width = 1; width < 5000; width += 37) {
      const widths = variantWidths(width);
      expect(Math.max(...widths)).toBeLessThanOrEqual(width);
      expect(widths).toEqual([...widths].sort((a, b) => a - b));
    }
  });
});

const HASH = '0123456789abcdef0123456789abcdef';
const image = { hash: HASH, width: 1200, height: 800, altText: 'A harbour at dusk', caption: '', widths: [480, 960, 1200], fallback: 'jpg' as const, hasAvif: true };

describe('library image addresses', () => {
  it('finds the hash of a library image, relative or absolute, and nothing else', () => {
    expect(mediaHashOf(`/media/${HASH}/960.jpg`)).toBe(HASH);
    expect(mediaHashOf(`https://blog.example.com/media/${HASH}/960.jpg`)).toBe(HASH);
    expect(mediaHashOf(`/media/${HASH}/../x`)).toBeNull();
    expect(mediaHashOf('https://example.com/cat.jpg')).toBeNull();
    expect(mediaHashesIn(`![](/media/${HASH}/1.jpg) ![](/media/${HASH}/2.jpg)`)).toEqual([HASH]);
  });

  it('lists the library images that have no alt text in the Markdown', () => {
    const other = 'f'.repeat(32);
    expect(hashesWithoutOwnAlt(`![](/media/${HASH}/960.jpg) ![Harbour](/media/${other}/960.jpg)`)).toEqual([HASH]);
    expect(hashesWithoutOwnAlt(`![  ](/media/${HASH}/960.jpg "title")`)).toEqual([HASH]);
  });
});

describe('Markdown images from the library', () => {
  it('render as <picture> with AVIF and WebP srcsets, sizes, intrinsic size and lazy loading', () => {
    const html = renderMarkdown(`Text\n\n![](/media/${HASH}/1200.jpg)`, 'article', { media: [image] });
    expect(html).toContain('<picture>');
    expect(html).toContain(`<source type="image/avif" srcset="/media/${HASH}/480.avif 480w, /media/${HASH}/960.avif 960w, /media/${HASH}/1200.avif 1200w"`);
    expect(html).toContain(`<source type="image/webp" srcset="/media/${HASH}/480.webp 480w`);
    expect(html).toMatch(/<img src="\/media\/[0-9a-f]{32}\/1200\.jpg" srcset="[^"]+" sizes="[^"]+" alt="A harbour at dusk" width="1200" height="800" decoding="async" loading="lazy">/);
  });

  it('load the first image eagerly with high priority when asked, and take the Markdown alt text over the library one', () => {
    const html = renderMarkdown(`![Own words](/media/${HASH}/1200.jpg)\n\n![](/media/${HASH}/1200.jpg)`, 'article', { media: [image], eagerFirstImage: true });
    const imgs = html.match(/<img [^>]+>/g)!;
    expect(imgs[0]).toContain('alt="Own words"');
    expect(imgs[0]).toContain('fetchpriority="high"');
    expect(imgs[0]).not.toContain('loading=');
    expect(imgs[1]).toContain('alt="A harbour at dusk"');
    expect(imgs[1]).toContain('loading="lazy"');
  });

  it('become a <figure> with the library caption when alone in their paragraph', () => {
    const html = renderMarkdown(`![](/media/${HASH}/1200.jpg)\n\nText ![](/media/${HASH}/1200.jpg)`, 'article', { media: [{ ...image, caption: 'Dusk, <b>October</b>' }] });
    expect(html).toMatch(/^<figure><picture>.*<\/picture><figcaption>Dusk, &#x3C;b>October&#x3C;\/b><\/figcaption><\/figure>/);
    expect(html).toMatch(/<p>Text <picture>/);
  });

  it('leave other images plain and still sanitized, and never render images in comments', () => {
    const html = renderMarkdown(`![x](https://example.com/a.png) ![y](javascript:alert(1))`, 'article', { media: [image] });
    expect(html).not.toContain('<picture>');
    expect(html).not.toContain('javascript:');
    expect(renderMarkdown(`![](/media/${HASH}/1200.jpg)`, 'comment', { media: [image] })).not.toContain('<img');
  });
});

describe('CachedFileSource', () => {
  it('reads a file from its source once; repeats come from memory', async () => {
    const read = vi.fn(async () => ({ contentType: 'image/avif', bytes: Buffer.alloc(1000) }));
    const cache = new CachedFileSource({ read }, 1_000_000);
    for (let i = 0; i < 5; i += 1) expect((await cache.read(HASH, '480.avif'))?.contentType).toBe('image/avif');
    expect(read).toHaveBeenCalledTimes(1);
    cache.evict(HASH);
    await cache.read(HASH, '480.avif');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('stays within its byte budget, dropping the least recently used', async () => {
    const read = vi.fn(async () => ({ contentType: 'image/webp', bytes: Buffer.alloc(200) }));
    const cache = new CachedFileSource({ read }, 1000);
    for (const name of ['a', 'b', 'c', 'd', 'e']) await cache.read(HASH, name); // exactly the budget
    await cache.read(HASH, 'a'); // a is now the youngest
    await cache.read(HASH, 'f'); // over budget: b, the oldest, goes
    read.mockClear();
    await cache.read(HASH, 'a');
    expect(read).not.toHaveBeenCalled();
    await cache.read(HASH, 'b');
    expect(read).toHaveBeenCalledOnce();
  });
});
