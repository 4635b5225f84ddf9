import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { EndOtherSessionsDocument, EndSessionDocument, MySessionsDocument } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DateTime } from '../../../ui/DateTime';
import { ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';

/** "Chrome on Linux" from a user agent, enough to tell one's devices apart. */
function device(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrome\/|Chromium\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'A browser';
  const os = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : 'another system';
  return `${browser} on ${os}`;
}

/** Where the account is logged in, with the way to end any other session, or all of them. */
export function SessionsCard() {
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [endOne, ending] = useMutation(EndSessionDocument, { refetchQueries: [MySessionsDocument], awaitRefetchQueries: true });
  const [endOthers, endingOthers] = useMutation(EndOtherSessionsDocument, { refetchQueries: [MySessionsDocument], awaitRefetchQueries: true });
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current);

  const run = async (action: () => Promise<string>) => {
    setNotice(null);
    setActionError(null);
    try {
      setNotice(await action());
    } catch (e) {
      setActionError(e);
    }
  };

  return (
    <Card
      title="Your sessions"
      description="Every browser where you are logged in."
      actions={
        others.length > 0 && (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={endingOthers.loading}
            onClick={() =>
              void run(async () => {
                const r = await endOthers();
                const n = r.data?.endOtherSessions ?? 0;
                return `Logged out ${n} other session${n === 1 ? '' : 's'}.`;
              })
            }
          >
            {endingOthers.loading ? 'Logging out…' : 'Log out everywhere else'}
          </button>
        )
      }
    >
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {actionError != null && <ErrorNotice error={actionError} title="The session was not ended" />}
      {loading && !data ? (
        <Loading label="Loading your sessions…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Your sessions could not be loaded" onRetry={() => void refetch()} />
      ) : (
        <ul className="session-list" aria-label="Sessions">
          {sessions.map((s) => (
            <li key={s.id} className="session-item">
              <span>
                <span className="cell-strong">
                  {device(s.userAgent)} {s.current && <span className="pill pill-sent">This browser</span>}
                </span>
                <span className="cell-sub">
                  {s.ipAddress ?? 'address unknown'} · logged in <DateTime value={s.createdAt} /> · last used <DateTime value={s.lastUsedAt} />
                </span>
              </span>
              {!s.current && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={ending.loading}
                  onClick={() =>
                    void run(async () => {
                      await endOne({ variables: { id: s.id } });
                      return `${device(s.userAgent)} was logged out.`;
                    })
                  }
                >
                  Log out this one<span className="visually-hidden"> ({device(s.userAgent)}, last used {new Date(s.lastUsedAt).toLocaleString()})</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
