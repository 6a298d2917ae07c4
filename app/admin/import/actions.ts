'use server';

import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STATE_AND_FORM, staffAction } from '@/lib/auth/define-action';
import type { FormState } from '@/lib/forms/form-state';
import { forgetLegacyPermalinks } from '@/lib/http/legacy-permalink-gate';
import { ImportRefusal } from '@/lib/import/errors';
import { formatReport } from '@/lib/import/report';
import { importWordpress } from '@/lib/import/wordpress/import';

export type ImportFormState = FormState<'export'> & { report?: string };

/**
 * Imports an uploaded WordPress export, exactly as `npm run import` does (one transaction, the
 * same report). Images come only from this machine here; a site's uploads folder needs the
 * command line's --media. Larger exports than a Server Action takes (1 MB) need it too.
 */
export const importWordpressAction = staffAction({ roles: ['admin'], input: STATE_AND_FORM }, async (admin, _previous, formData): Promise<ImportFormState> => {
  const upload = formData.get('export');
  if (!(upload instanceof File) || upload.size === 0) return { status: 'error', values: {}, errors: { export: 'Choose the export file (WordPress: Tools → Export → All content).' }, message: 'Nothing was imported.' };
  const file = path.join(tmpdir(), `musings-import-${randomBytes(8).toString('hex')}.xml`);
  try {
    await writeFile(file, Buffer.from(await upload.arrayBuffer()));
    const started = performance.now();
    const report = await importWordpress(file, { actorId: admin.id });
    forgetLegacyPermalinks();
    return { status: 'success', values: {}, errors: {}, message: `Imported ${upload.name}.`, report: formatReport(report, (performance.now() - started) / 1000) };
  } catch (error) {
    if (!(error instanceof ImportRefusal)) throw error;
    return { status: 'error', values: {}, errors: { export: error.message }, message: 'The file was refused; nothing was imported.' };
  } finally {
    await rm(file, { force: true });
  }
});
