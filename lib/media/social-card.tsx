import { ImageResponse } from 'next/og';
import { SOCIAL_CROP } from './limits';

/**
 * The 1200×630 picture shared links show for a post without a feature
 * image: its title, section and the site's name. next/og bundles its font
 * and renderer, so this works offline; the caller caches the bytes per edit.
 */
export async function renderSocialCard({ title, section, siteName }: { title: string; section: string; siteName: string }): Promise<Uint8Array> {
  const size = title.length > 90 ? 52 : title.length > 50 ? 64 : 76;
  const response = new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '72px 80px', background: 'linear-gradient(135deg, #0b5cad 0%, #084a8c 100%)', color: '#ffffff' }}>
        <div style={{ fontSize: 30, opacity: 0.85, textTransform: 'uppercase', letterSpacing: 2 }}>{section}</div>
        <div style={{ fontSize: size, fontWeight: 700, lineHeight: 1.15, display: 'flex' }}>{title}</div>
        <div style={{ fontSize: 32, display: 'flex', alignItems: 'center', gap: 16 }}>
          <div style={{ width: 48, height: 8, background: '#fff1a8' }} />
          {siteName}
        </div>
      </div>
    ),
    { ...SOCIAL_CROP },
  );
  return new Uint8Array(await response.arrayBuffer());
}
