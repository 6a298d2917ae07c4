import type { Metadata } from 'next';
import { AuthorListing } from '@/app/_components/listings';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/paths';
import { readAuthor, readPublicAuthors } from '@/lib/reader/posts';
import { cacheForReaders } from '@/lib/reader/schedule';

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const authors = await readPublicAuthors();
  return authors.length > 0 ? authors.map(({ slug }) => ({ slug })) : [{ slug: 'annie' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await readAuthor((await params).slug);
  if (!author) return {};
  return pageMetadata({
    title: `Posts by ${author.name}`,
    description: author.bio || `Every post ${author.name} wrote for the blog.`,
    path: paths.author(author.slug),
    feed: { scope: { kind: 'author', slug: author.slug }, name: `Posts by ${author.name}` },
  });
}

export default async function AuthorPage({ params }: Props) {
  'use cache';
  await cacheForReaders();
  return <AuthorListing slug={(await params).slug} page={1} />;
}
