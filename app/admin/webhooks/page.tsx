import type { Metadata } from 'next';
import { DateTime } from '@/app/admin/_components/date-time';
import { requireRole } from '@/lib/auth/guards';
import { DELIVERIES_SHOWN, listRecentDeliveries, listWebhookEndpoints, type WebhookDeliveryRow } from '@/lib/data/webhooks';
import { deleteWebhookEndpointAction, redeliverWebhookAction, setWebhookEnabledAction } from './actions';
import { CreateEndpointForm } from './create-endpoint-form';

// Rendered whole on request, blocking, as every admin page is (app/admin/layout.tsx); Next's dev-only instant-navigation check does not apply.
export const instant = false;

export const metadata: Metadata = { title: 'Webhooks' };

const DONE: Record<string, string> = {
  enabled: 'The endpoint receives events again; what waited for it is sent now.',
  disabled: 'The endpoint is disabled: its events wait until it is enabled again.',
  deleted: 'The endpoint and its deliveries are deleted.',
  redelivered: 'The delivery is queued to be sent again.',
};

type Props = { searchParams: Promise<{ done?: string }> };

function stateLabel(delivery: WebhookDeliveryRow): string {
  if (delivery.state === 'pending') return delivery.attempts.length === 0 ? 'Waiting' : 'Retrying';
  return delivery.state === 'delivered' ? 'Delivered' : 'Failed';
}

export default async function WebhooksPage({ searchParams }: Props) {
  await requireRole('admin');
  const [endpoints, deliveries, { done }] = await Promise.all([listWebhookEndpoints(), listRecentDeliveries(), searchParams]);
  const notice = done ? DONE[done] : undefined;
  return (
    <>
      <h1>Webhooks</h1>
      <p>
        Each event is POSTed as JSON to every endpoint that subscribes to it, signed with the endpoint’s secret (the <code>Musings-Signature</code> header; the README says how to
        check it). A receiver that fails is tried again for about a day.
      </p>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      <h2>Endpoints</h2>
      {endpoints.length === 0 ? (
        <p>No endpoints yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <caption className="visually-hidden">Webhook endpoints</caption>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Status</th>
                <th scope="col">Added</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.map((endpoint) => (
                <tr key={endpoint.id}>
                  <th scope="row">{endpoint.url}</th>
                  <td>{endpoint.events.join(', ')}</td>
                  <td>{endpoint.enabled ? 'Enabled' : 'Disabled'}</td>
                  <td>
                    <DateTime date={endpoint.createdAt} />
                  </td>
                  <td>
                    <form action={setWebhookEnabledAction} className="inline-form">
                      <input type="hidden" name="id" value={endpoint.id} />
                      <input type="hidden" name="enabled" value={String(!endpoint.enabled)} />
                      <button type="submit" className="button button-secondary" aria-label={`${endpoint.enabled ? 'Disable' : 'Enable'} ${endpoint.url}`}>
                        {endpoint.enabled ? 'Disable' : 'Enable'}
                      </button>
                    </form>
                    <form action={deleteWebhookEndpointAction} className="inline-form">
                      <input type="hidden" name="id" value={endpoint.id} />
                      <button type="submit" className="button button-danger" aria-label={`Delete ${endpoint.url}`}>
                        Delete
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Add an endpoint</h2>
      <CreateEndpointForm />
      <h2 id="deliveries">Recent deliveries</h2>
      {deliveries.length === 0 ? (
        <p>Nothing sent yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <caption className="visually-hidden">The latest {DELIVERIES_SHOWN} deliveries, newest first, with every attempt</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Endpoint</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id} data-testid="webhook-delivery">
                  <th scope="row">
                    {delivery.eventType}
                    <br />
                    <code className="meta">{delivery.eventId}</code>
                  </th>
                  <td>{delivery.endpointUrl}</td>
                  <td>
                    {stateLabel(delivery)}
                    {delivery.state === 'pending' && (
                      <>
                        {' '}
                        <span className="meta">
                          (next <DateTime date={delivery.nextAttemptAt} />)
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    {delivery.attempts.length === 0 ? (
                      'None yet'
                    ) : (
                      <ol>
                        {delivery.attempts.map((attempt, index) => (
                          <li key={index}>
                            <DateTime date={attempt.attemptedAt} />: {attempt.statusCode ?? 'no answer'}, {attempt.durationMs} ms{attempt.error && <> ({attempt.error})</>}
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                  <td>
                    <form action={redeliverWebhookAction}>
                      <input type="hidden" name="id" value={delivery.id} />
                      <button type="submit" className="button button-secondary" aria-label={`Redeliver ${delivery.eventType} to ${delivery.endpointUrl}`}>
                        Redeliver
                      </button>
                    </form>
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
