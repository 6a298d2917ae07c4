import Link from 'next/link';
import type { MediaRendition } from '@/lib/data/media';
import { paths } from '@/lib/paths';
import { MediaPicture } from './media-picture';

export interface AuthorCardData {
  slug: string;
  name: string;
  bio: string;
  avatar: MediaRendition | null;
}

/** Up to two letters from the name ("Annie Lee" → "AL"); a name without letters shows "?". */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => Array.from(word).find((char) => /\p{L}|\p{N}/u.test(char)))
    .filter((char): char is string => char !== undefined);
  const picked = letters.length > 1 ? [letters[0], letters.at(-1)] : letters;
  return picked.join('').toLocaleUpperCase() || '?';
}

/** The portrait from the library, or the initials in a circle. Decorative: the name is always next to it. */
export function AuthorAvatar({ author, size }: { author: AuthorCardData; size: 'small' | 'large' }) {
  const className = `author-avatar author-avatar-${size}`;
  if (author.avatar) return <MediaPicture image={author.avatar} alt="" sizes={size === 'large' ? '6rem' : '3rem'} className={className} />;
  return (
    <span className={className} aria-hidden="true">
      {initialsOf(author.name)}
    </span>
  );
}

/** Below a post: who wrote it, their bio, and where to find the rest of their posts. */
export function AuthorBox({ author }: { author: AuthorCardData }) {
  return (
    <aside className="author-box" aria-labelledby="author-box-heading">
      <AuthorAvatar author={author} size="small" />
      <div>
        <h2 id="author-box-heading">
          Written by <Link href={paths.author(author.slug)}>{author.name}</Link>
        </h2>
        {author.bio && <p className="author-bio">{author.bio}</p>}
        <p>
          <Link href={paths.author(author.slug)}>All posts by {author.name}</Link>
        </p>
      </div>
    </aside>
  );
}
