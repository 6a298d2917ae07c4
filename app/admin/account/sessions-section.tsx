import { DateTime } from '@/app/admin/_components/date-time';
import type { SessionListing } from '@/lib/data/user-sessions';
import { describeUserAgent } from '@/lib/user-agent';
import { endOtherSessionsAction, endSessionAction } from './session-actions';

/** Where the person is signed in, with a way to end any other session; plain forms, no script needed. */
export function SessionsSection({ sessions, currentSessionId, notice }: { sessions: SessionListing[]; currentSessionId: string; notice?: string }) {
  const others = sessions.filter((session) => session.id !== currentSessionId);
  return (
    <>
      <h2 id="sessions">Where you are signed in</h2>
      {notice === 'ended' && (
        <p className="notice notice-success" role="status">
          Signed out there. That browser&rsquo;s next page asks it to sign in.
        </p>
      )}
      {notice === 'none' && (
        <p className="notice notice-success" role="status">
          You were signed in nowhere else.
        </p>
      )}
      <div className="table-scroll">
        <table className="users-table">
          <caption className="visually-hidden">Your open sessions, the most recently active first</caption>
          <thead>
            <tr>
              <th scope="col">Browser</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last active</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  {describeUserAgent(session.userAgent)}
                  {session.id === currentSessionId && <span className="meta"> (this browser)</span>}
                </th>
                <td>
                  <DateTime date={session.signedInAt} />
                </td>
                <td>
                  <DateTime date={session.lastSeenAt} />
                </td>
                <td>
                  {session.id !== currentSessionId && (
                    <form action={endSessionAction}>
                      <input type="hidden" name="sessionId" value={session.id} />
                      <button type="submit" className="button button-secondary">
                        Sign out
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others.length > 0 && (
        <form action={endOtherSessionsAction}>
          <button type="submit" className="button">
            Sign out everywhere else
          </button>
        </form>
      )}
    </>
  );
}
