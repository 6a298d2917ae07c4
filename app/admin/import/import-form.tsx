'use client';

import { useActionState } from 'react';
import { idleState } from '@/lib/forms/form-state';
import { FormNotice } from '../users/form-notice';
import { importWordpressAction, type ImportFormState } from './actions';

/** Works without JavaScript: the page comes back with the import's report, or why the file was refused. */
export function ImportForm() {
  const [state, formAction, pending] = useActionState<ImportFormState, FormData>(importWordpressAction, idleState());
  return (
    <form action={formAction} className="form" encType="multipart/form-data">
      <FormNotice state={state} />
      <div className="field">
        <label htmlFor="import-export">WordPress export (.xml)</label>
        <span id="import-export-hint" className="field-hint">
          Up to 1 MB here. Larger exports, and images from a copy of wp-content/uploads: <code>npm run import -- wordpress FILE.xml --media DIR</code>.
        </span>
        <input
          id="import-export"
          name="export"
          type="file"
          accept=".xml,application/xml,text/xml"
          required
          aria-invalid={state.errors.export ? true : undefined}
          aria-describedby={state.errors.export ? 'import-export-hint import-export-error' : 'import-export-hint'}
        />
        {state.errors.export ? (
          <p id="import-export-error" className="field-error">
            {state.errors.export}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? 'Importing… (one transaction: nothing shows until it is done)' : 'Import'}
        </button>
      </div>
      {state.report ? (
        <section aria-label="Import report">
          <h2>Report</h2>
          <pre>{state.report}</pre>
        </section>
      ) : null}
    </form>
  );
}
