import { formatDateTime } from '@/lib/dates';
import type { TypedFields } from '@/lib/validation/working-copy';

/** Unsaved text found on opening the editor: the server's working copy or this browser's copy. */
export interface Offer {
  fields: TypedFields;
  baseVersion: number;
  keptAt: Date;
  where: 'server' | 'browser';
}

/** The question asked on opening an editor that has unsaved text somewhere: continue with it, or discard it. */
export function UnsavedOffer({ offer, version, onTake, onDiscard }: { offer: Offer; version: number; onTake: () => void; onDiscard: () => void }) {
  return (
    <section className="notice notice-warning editor-offer" aria-labelledby="editor-offer-heading">
      <h2 id="editor-offer-heading">You have unsaved changes</h2>
      <p>
        {offer.where === 'server' ? 'Autosaved' : 'Kept in this browser'} on {formatDateTime(offer.keptAt)}, and not saved as a version yet. The editor below shows the last saved version
        {offer.baseVersion !== version ? `; the changes were made on version ${offer.baseVersion}, and saving merges them with what was saved since` : ''}.
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onTake}>
          Continue with my changes
        </button>
        <button type="button" className="button button-secondary" onClick={onDiscard}>
          Discard them
        </button>
      </div>
    </section>
  );
}
