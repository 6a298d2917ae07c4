import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { Comments } from '@/app/(site)/_comments/comments';
import { FrameworkBody, FrameworkFacts } from '@/app/_components/framework-body';
import { ShareLinks } from '@/app/_components/share-links';
import { WithSidebar } from '@/app/_components/site-shell';
import { MediaPicture } from '@/app/_components/media-picture';
import { pageMetadata } from '@/lib/metadata';
import { SOCIAL_CROP } from '@/lib/media/limits';
import { mediaFileUrl } from '@/lib/media/urls';
import { paths } from '@/lib/paths';
import { readFramework, readFrameworks, readFrameworkSlugRedirect } from '@/lib/reader/frameworks';
import { absoluteUrl } from '@/lib/site';
import { cacheForReaders } from '@/lib/reader/schedule';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const frameworks = await readFrameworks();
  return frameworks.length > 0 ? frameworks.map(({ slug }) => ({ slug })) : [{ slug: 'laravel' }];
}

function describe(name: string, overview: string): string {
  const plain = overview.replace(/[*_`#>[\]()]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > 180 ? `${plain.slice(0, 177).trimEnd()}…` : plain || `${name}: overview, pros, cons, best use cases and key features.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await readFramework((await params).slug);
  if (!found) return {};
  const { framework, logo } = found;
  return pageMetadata({
    title: `${framework.name}: pros, cons and key features`,
    description: describe(framework.name, framework.overview),
    path: paths.framework(framework.slug),
    image: logo ? { url: mediaFileUrl(logo.hash, 'og.jpg'), ...SOCIAL_CROP, alt: logo.altText } : undefined,
  });
}

export default async function FrameworkPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  const { slug } = await params;
  const found = await readFramework(slug);
  if (!found) {
    // An address the framework was public under before a rename (decision 022).
    const target = await readFrameworkSlugRedirect(slug);
    if (target) permanentRedirect(paths.framework(target));
    notFound();
  }
  const { framework, previous, next, rankedIn, logo } = found;
  return (
    <WithSidebar>
      <article aria-labelledby="framework-title">
        <header className="article-header">
          <Link href={paths.frameworks()} className="pill">
            Backend frameworks
          </Link>
          {logo && <MediaPicture image={logo} alt={logo.altText} sizes="8rem" priority className="framework-logo" />}
          <h1 id="framework-title">{framework.name}</h1>
          <FrameworkFacts framework={framework} />
          {rankedIn.map((post) => (
            <p key={post.slug} className="meta">
              Ranked #{post.position} in <Link href={`${paths.post(post.slug)}#${framework.slug}`}>{post.title}</Link>
            </p>
          ))}
        </header>
        <FrameworkBody framework={framework} headingLevel={2} />
        <ShareLinks url={absoluteUrl(paths.framework(framework.slug))} title={framework.name} />
        <nav className="prev-next" aria-label="Other frameworks">
          {previous ? (
            <Link href={paths.framework(previous.slug)} rel="prev">
              ← Previous: {previous.name}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={paths.framework(next.slug)} rel="next">
              Next: {next.name} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </article>
      <Comments kind="framework" slug={framework.slug} />
    </WithSidebar>
  );
}
