import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { ImportForm } from './import-form';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage() {
  await requireRole('admin');
  return (
    <>
      <h1>Import from WordPress</h1>
      <p>
        Posts, their comments, categories, tags and authors come across; run it again after changing something on WordPress and it updates what it made, adding
        nothing twice. Old addresses (<code>/?p=123</code>, <code>/2024/03/a-post/</code>) answer with a permanent redirect. New authors cannot sign in until you
        set their password under Users.
      </p>
      <ImportForm />
    </>
  );
}
