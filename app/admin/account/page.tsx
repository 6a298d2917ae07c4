import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRole, STAFF } from '@/lib/auth/guards';
import { mediaScopeOf } from '@/lib/auth/media-policy';
import { getOwnProfile } from '@/lib/data/authors';
import { listMediaChoices } from '@/lib/data/media';
import { paths } from '@/lib/paths';
import { PasswordChangeForm } from './password-form';
import { ProfileForm } from './profile-form';

export const metadata: Metadata = { title: 'Your profile' };

type Props = { searchParams: Promise<{ password?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireRole(...STAFF);
  const [profile, choices] = await Promise.all([getOwnProfile(user.id), listMediaChoices(mediaScopeOf(user))]);
  if (!profile) notFound();
  return (
    <>
      <h1>Your profile</h1>
      <p>
        Signed in as {user.email}. Readers see your name, bio and portrait on{' '}
        <Link href={paths.author(profile.slug)}>your author page</Link> (once you have a published post) and under each of your posts. Its address,{' '}
        <code>{paths.author(profile.slug)}</code>, stays the same when you change your name.
      </p>
      {/* A portrait is decorative (the name is beside it): whether an image is described does not matter here. */}
      <ProfileForm saved={profile} choices={choices.map(({ id, fileName }) => ({ id, fileName }))} />
      <h2 id="password-heading">Password</h2>
      {(await searchParams).password === 'changed' && (
        <p className="notice notice-success" role="status">
          Your password is changed. Everywhere else you were signed in, you are signed out.
        </p>
      )}
      <PasswordChangeForm />
    </>
  );
}
