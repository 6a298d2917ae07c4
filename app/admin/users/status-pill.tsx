import type { UserRow } from '@/lib/data/user-management';

/** Active, disabled, or a byline who cannot sign in (no password yet). */
export function StatusPill({ user }: { user: Pick<UserRow, 'disabled' | 'canSignIn'> }) {
  if (user.disabled) return <span className="pill user-status user-status-disabled">Disabled</span>;
  if (!user.canSignIn) return <span className="pill user-status">No password</span>;
  return <span className="pill user-status user-status-active">Active</span>;
}
