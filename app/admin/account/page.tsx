import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireRoleOf, STAFF } from '@/lib/auth/guards';
import { mediaScopeOf } from '@/lib/auth/media-policy';
import { unseal } from '@/lib/auth/sealed';
import { totpQrSvg, totpUri } from '@/lib/auth/totp';
import { getOwnProfile } from '@/lib/data/authors';
import { listMediaChoices } from '@/lib/data/media';
import { getSiteSecurity, getTwoFactorState } from '@/lib/data/two-factor';
import { listOpenSessions } from '@/lib/data/user-sessions';
import { paths } from '@/lib/paths';
import { PasswordChangeForm } from './password-form';
import { ProfileForm } from './profile-form';
import { SessionsSection } from './sessions-section';
import { dismissRecoveryCodesAction, startTwoFactorSetupAction } from './two-factor-actions';
import { recoveryCodesToShow } from '@/lib/auth/recovery-codes-cookie';
import { TwoFactorForms, type TwoFactorView } from './two-factor-forms';
import '../users/users.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Your profile' };

type Props = { searchParams: Promise<{ password?: string; sessions?: string; 'two-factor'?: string; 'recovery-code'?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  // Open to someone the site still waits on to set up two-factor sign-in: this is where they do it.
  const user = await requireRoleOf(STAFF, { duringTwoFactorSetup: true });
  const [profile, choices, twoFactor, security, sessions, query] = await Promise.all([
    getOwnProfile(user.id),
    listMediaChoices(mediaScopeOf(user)),
    getTwoFactorState(user.id),
    getSiteSecurity(),
    listOpenSessions(user.id),
    searchParams,
  ]);
  if (!profile || !twoFactor) notFound();
  const required = user.role !== 'author' && security.requireTwoFactorForEditors;
  const view = await twoFactorView(twoFactor, user.email, required);
  const recoveryCodes = twoFactor.enabled ? await recoveryCodesToShow(user.id) : null;
  const changed = TWO_FACTOR_CHANGES[query['two-factor'] ?? ''];
  return (
    <>
      <h1>Your profile</h1>
      {user.needsTwoFactorSetup && (
        <p className="notice notice-warning" role="alert">
          This site requires two-factor sign-in for admins and editors. Set it up below to go on to the rest of the admin.
        </p>
      )}
      {!user.needsTwoFactorSetup && (
        <>
          <p>
            Signed in as {user.email}. Readers see your name, bio and portrait on <Link href={paths.author(profile.slug)}>your author page</Link> (once you have a
            published post) and under each of your posts. Its address, <code>{paths.author(profile.slug)}</code>, stays the same when you change your name.
          </p>
          {/* A portrait is decorative (the name is beside it): whether an image is described does not matter here. */}
          <ProfileForm saved={profile} choices={choices.map(({ id, fileName }) => ({ id, fileName }))} />
          <h2 id="password-heading">Password</h2>
          {query.password === 'changed' && (
            <p className="notice notice-success" role="status">
              Your password is changed. Everywhere else you were signed in, you are signed out.
            </p>
          )}
          <PasswordChangeForm />
        </>
      )}
      <h2 id="two-factor">Two-factor sign-in</h2>
      {query['recovery-code'] === 'used' && (
        <p className="notice notice-warning" role="status">
          You signed in with a recovery code, which now no longer works. {twoFactor.recoveryCodesLeft} are left; make new ones below if that is few.
        </p>
      )}
      {changed && (
        <p className="notice notice-success" role="status">
          {changed}
        </p>
      )}
      <TwoFactorForms
        view={view}
        recoveryCodes={recoveryCodes}
        dismissForm={
          <form action={dismissRecoveryCodesAction}>
            <button type="submit" className="button">
              I have saved them
            </button>
          </form>
        }
        startForm={
          <form action={startTwoFactorSetupAction}>
            <button type="submit" className="button">
              Set up two-factor sign-in
            </button>
          </form>
        }
      />
      <SessionsSection sessions={sessions} currentSessionId={user.sessionId} notice={query.sessions} />
    </>
  );
}

const TWO_FACTOR_CHANGES: Record<string, string | undefined> = {
  on: 'Two-factor sign-in is on. From now on you sign in with your password and a code from the app.',
  'new-codes': 'New recovery codes are made; the earlier ones no longer work.',
};

/** What the section shows: on, off, or a fresh secret's QR code waiting for its first code. */
async function twoFactorView(state: NonNullable<Awaited<ReturnType<typeof getTwoFactorState>>>, email: string, required: boolean): Promise<TwoFactorView> {
  if (state.enabled) return { kind: 'on', recoveryCodesLeft: state.recoveryCodesLeft, required };
  const secret = state.sealedPendingSecret ? unseal(state.sealedPendingSecret) : null;
  if (!secret) return { kind: 'off', required };
  return { kind: 'scan', secret, qrSvg: await totpQrSvg(totpUri(secret, email)), required };
}
