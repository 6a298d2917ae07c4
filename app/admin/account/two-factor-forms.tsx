'use client';

import { useActionState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { FormNotice } from '@/app/admin/users/form-notice';
import { idleState } from '@/lib/forms/form-state';
import { confirmTwoFactorSetupAction, newRecoveryCodesAction, turnOffTwoFactorAction, type TwoFactorFormState } from './two-factor-actions';

export type TwoFactorView =
  | { kind: 'off'; required: boolean }
  | { kind: 'scan'; qrSvg: string; secret: string; required: boolean }
  | { kind: 'on'; recoveryCodesLeft: number; required: boolean };

/**
 * The forms of two-factor sign-in. Each answers a refusal in place, with its message; a success
 * redirects, and the page then says what changed (and shows new recovery codes once, passed in
 * as `recoveryCodes` by the page, which `dismissForm` forgets).
 */
export function TwoFactorForms({ view, startForm, recoveryCodes, dismissForm }: { view: TwoFactorView; startForm: React.ReactNode; recoveryCodes: string[] | null; dismissForm: React.ReactNode }) {
  const [confirmed, confirm, confirming] = useActionState<TwoFactorFormState, FormData>(confirmTwoFactorSetupAction, idleState());
  const [renewed, renew, renewing] = useActionState<TwoFactorFormState, FormData>(newRecoveryCodesAction, idleState());
  const [turnedOff, turnOff, turningOff] = useActionState<TwoFactorFormState, FormData>(turnOffTwoFactorAction, idleState());
  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} dismissForm={dismissForm} />;

  if (view.kind === 'scan') {
    return (
      <>
        <ol>
          <li>Open an authenticator app on your phone (such as Aegis, Google Authenticator, 1Password or Bitwarden) and add an account.</li>
          <li>Scan this QR code, or type the key below it.</li>
          <li>Enter the six-digit code the app shows.</li>
        </ol>
        <div className="two-factor-qr" role="img" aria-label="QR code for your authenticator app" dangerouslySetInnerHTML={{ __html: view.qrSvg }} />
        <p>
          Key: <code className="two-factor-key">{view.secret.match(/.{1,4}/g)?.join(' ')}</code>
        </p>
        <form action={confirm} className="form" noValidate>
          <FormNotice state={confirmed} />
          <FormField name="code" id="field-setup-code" label="Code from the app" error={confirmed.errors.code} required autoComplete="one-time-code" />
          <div>
            <button type="submit" className="button" disabled={confirming} aria-disabled={confirming}>
              {confirming ? 'Checking…' : 'Turn on two-factor sign-in'}
            </button>
          </div>
        </form>
      </>
    );
  }
  if (view.kind === 'off') {
    return (
      <>
        <FormNotice state={turnedOff} />
        <p>
          Two-factor sign-in is <strong>off</strong>. With it on, signing in needs a code from an app on your phone as well as your password, so a stolen
          password alone is not enough.
        </p>
        {startForm}
      </>
    );
  }
  return (
    <>
      <p>
        Two-factor sign-in is <strong>on</strong>. You have <strong>{view.recoveryCodesLeft}</strong> unused recovery code{view.recoveryCodesLeft === 1 ? '' : 's'}.
        {view.required && ' The site requires it for admins and editors.'}
      </p>
      <h3>New recovery codes</h3>
      <form action={renew} className="form" noValidate>
        <FormNotice state={renewed} />
        <FormField name="currentPassword" id="field-renew-password" label="Password for new codes" type="password" error={renewed.errors.currentPassword} required autoComplete="current-password" hint="The codes you have now stop working." />
        <div>
          <button type="submit" className="button" disabled={renewing} aria-disabled={renewing}>
            Make new recovery codes
          </button>
        </div>
      </form>
      {!view.required && (
        <>
          <h3>Turn it off</h3>
          <form action={turnOff} className="form" noValidate>
            <FormNotice state={turnedOff} />
            <FormField name="currentPassword" id="field-turn-off-password" label="Password to turn off" type="password" error={turnedOff.errors.currentPassword} required autoComplete="current-password" />
            <div>
              <button type="submit" className="button button-danger" disabled={turningOff} aria-disabled={turningOff}>
                Turn off two-factor sign-in
              </button>
            </div>
          </form>
        </>
      )}
    </>
  );
}

function RecoveryCodes({ codes, dismissForm }: { codes: string[]; dismissForm: React.ReactNode }) {
  return (
    <div className="recovery-codes">
      <p>
        <strong>Save these recovery codes now</strong>, somewhere other than your phone: each signs you in once without the app. They are shown only this once.
      </p>
      <ul aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      {dismissForm}
    </div>
  );
}
