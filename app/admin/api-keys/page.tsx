import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/guards';
import { listApiKeys } from '@/lib/data/api-keys';
import { env } from '@/lib/env';
import { DateTime } from '@/app/admin/_components/date-time';
import { revokeApiKeyAction } from './actions';
import { CreateKeyForm } from './create-key-form';
import './api-keys.css';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'API keys' };

type Props = { searchParams: Promise<{ revoked?: string; 'already-revoked'?: string }> };

export default async function ApiKeysPage({ searchParams }: Props) {
  await requireRole('admin');
  const [keys, query] = await Promise.all([listApiKeys(), searchParams]);
  const named = (id: string | undefined) => keys.find((key) => String(key.id) === id)?.name;
  return (
    <>
      <h1>API keys</h1>
      <p>
        Keys let other programs read what the site publishes through the content API at <code>/api/v1/</code> (described in{' '}
        <a href="/api/v1/openapi.json">openapi.json</a>). Each key may make {env.API_RATE_LIMIT_PER_MINUTE} requests a minute. Revoking a key stops it at once, on every instance.
      </p>
      {query.revoked && (
        <p className="notice notice-success" role="status">
          Key “{named(query.revoked)}” revoked.
        </p>
      )}
      {query['already-revoked'] && (
        <p className="notice" role="status">
          That key was already revoked.
        </p>
      )}
      <CreateKeyForm />
      <h2>Keys</h2>
      {keys.length === 0 ? (
        <p>No keys yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="api-keys-table">
            <caption className="visually-hidden">API keys, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
                <th scope="col">Made</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <th scope="row">{key.name}</th>
                  <td>
                    <code>{key.displayPrefix}…</code>
                  </td>
                  <td>
                    <DateTime date={key.createdAt} />
                    {key.createdByName && ` by ${key.createdByName}`}
                  </td>
                  <td>
                    {key.revokedAt ? (
                      <>
                        Revoked <DateTime date={key.revokedAt} />
                      </>
                    ) : (
                      <form action={revokeApiKeyAction}>
                        <input type="hidden" name="id" value={key.id} />
                        <button type="submit" className="button button-danger" aria-label={`Revoke “${key.name}”`}>
                          Revoke
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
