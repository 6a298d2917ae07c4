'use client';

import { formatDateTime } from '@/lib/dates';

export type SavePhase = 'saved' | 'unsaved' | 'saving' | 'kept' | 'offline';

function describe(phase: SavePhase, version: number, keptAt: Date | null, savedMessage: string | null): string {
  switch (phase) {
    case 'saved':
      return savedMessage ?? (version > 0 ? `Saved as version ${version}.` : 'Not saved yet.');
    case 'saving':
      return 'Saving…';
    case 'kept':
      return `Changes autosaved${keptAt ? ` at ${formatDateTime(keptAt)}` : ''}; readers still see the last saved version until you save.`;
    case 'offline':
      return 'Not saved: the server cannot be reached. Your text is kept in this browser; save again when the connection is back.';
    case 'unsaved':
      return 'Unsaved changes.';
  }
}

interface Props {
  phase: SavePhase;
  version: number;
  keptAt: Date | null;
  /** What the last save from this page said, while the text is as it saved it. */
  savedMessage: string | null;
  /** The primary action for the text in the form: Publish, Schedule, Update, Save draft. */
  label: string;
  /** An autosave the server refused, naming the field. */
  message: string | null;
  onDiscard: (() => void) | null;
}

/**
 * The bar that stays at the top of the editor: where the text stands, and the
 * form's primary submit button (a real one, so it also works without JavaScript).
 */
export function SaveBar({ phase, version, keptAt, savedMessage, label, message, onDiscard }: Props) {
  return (
    <div className="save-bar" data-phase={phase}>
      <p className="save-bar-state" role="status" aria-live="polite">
        {describe(phase, version, keptAt, savedMessage)}
        {message && <span className="field-error"> {message}</span>}
      </p>
      <div className="save-bar-actions">
        {onDiscard && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              if (window.confirm('Discard every change since the last save? The editor goes back to the saved version.')) onDiscard();
            }}
          >
            Discard changes
          </button>
        )}
        <button type="submit" name="intent" value="save" className="button" data-primary aria-keyshortcuts="Control+S Meta+S" disabled={phase === 'saving'}>
          {phase === 'saving' ? 'Saving…' : label}
        </button>
      </div>
    </div>
  );
}
