import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { EndOtherSessionsDocument, EndSessionDocument, MySessionsDocument } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DateTime } from '../../../ui/DateTime';
import { ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { SPACE } from '../../../lib/jsx';

/** "Chrome on Linux" from a user agent, enough to tell one's devices apart (product names stay as they are). */
function device(intl: IntlShape, userAgent: string | null): string {
  if (!userAgent) return intl.formatMessage({ id: 'account.sessions.unknownBrowser', defaultMessage: 'Unknown browser' });
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\/|Chromium\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : intl.formatMessage({ id: 'account.sessions.someBrowser', defaultMessage: 'A browser' });
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : intl.formatMessage({ id: 'account.sessions.otherSystem', defaultMessage: 'another system' });
  return intl.formatMessage({ id: 'account.sessions.device', defaultMessage: '{browser} on {os}' }, { browser, os });
}

/** Where the account is logged in, with the way to end any other session, or all of them. */
export function SessionsCard() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [endOne, ending] = useMutation(EndSessionDocument, { refetchQueries: [MySessionsDocument], awaitRefetchQueries: true });
  const [endOthers, endingOthers] = useMutation(EndOtherSessionsDocument, {
    refetchQueries: [MySessionsDocument],
    awaitRefetchQueries: true,
  });
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
      title={intl.formatMessage({ id: 'account.sessions.title', defaultMessage: 'Your sessions' })}
      description={intl.formatMessage({ id: 'account.sessions.description', defaultMessage: 'Every browser where you are logged in.' })}
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
                return intl.formatMessage(
                  {
                    id: 'account.sessions.othersEnded',
                    defaultMessage: '{count, plural, one {Logged out # other session.} other {Logged out # other sessions.}}',
                  },
                  { count: n },
                );
              })
            }
          >
            {endingOthers.loading ? (
              <FormattedMessage id="account.sessions.loggingOut" defaultMessage="Logging out…" />
            ) : (
              <FormattedMessage id="account.sessions.endOthers" defaultMessage="Log out everywhere else" />
            )}
          </button>
        )
      }
    >
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {actionError != null && (
        <ErrorNotice
          error={actionError}
          title={intl.formatMessage({ id: 'account.sessions.notEnded', defaultMessage: 'The session was not ended' })}
        />
      )}
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'account.sessions.loading', defaultMessage: 'Loading your sessions…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'account.sessions.loadFailed', defaultMessage: 'Your sessions could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        <ul className="session-list" aria-label={intl.formatMessage({ id: 'account.sessions.list', defaultMessage: 'Sessions' })}>
          {sessions.map((s) => (
            <li key={s.id} className="session-item">
              <span>
                <span className="cell-strong">
                  {device(intl, s.userAgent)}
                  {SPACE}
                  {s.current && (
                    <span className="pill pill-sent">
                      <FormattedMessage id="account.sessions.thisBrowser" defaultMessage="This browser" />
                    </span>
                  )}
                </span>
                <span className="cell-sub">
                  <FormattedMessage
                    id="account.sessions.details"
                    defaultMessage="{address} · logged in {createdAt} · last used {lastUsedAt}"
                    values={{
                      address:
                        s.ipAddress ?? intl.formatMessage({ id: 'account.sessions.addressUnknown', defaultMessage: 'address unknown' }),
                      createdAt: <DateTime value={s.createdAt} />,
                      lastUsedAt: <DateTime value={s.lastUsedAt} />,
                    }}
                  />
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
                      return intl.formatMessage(
                        { id: 'account.sessions.ended', defaultMessage: '{device} was logged out.' },
                        { device: device(intl, s.userAgent) },
                      );
                    })
                  }
                >
                  <FormattedMessage
                    id="account.sessions.endOne"
                    defaultMessage="Log out this one<hidden> ({device}, last used {lastUsed})</hidden>"
                    values={{
                      device: device(intl, s.userAgent),
                      lastUsed: new Date(s.lastUsedAt).toLocaleString(intl.locale),
                      hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                    }}
                  />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
