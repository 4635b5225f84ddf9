import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import type { LiveSessionFieldsFragment } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { formatSessionTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useCancelLiveSession, useLiveSessions, type CohortView } from '../hooks/useCohorts';
import { SessionEditor } from './SessionEditor';

/** Not a word: what stands between the facts of a row. */
const SEP = ' · ';

/** A cohort's live sessions: when (in the cohort's zone and the viewer's), who hosts, where to join; edit or cancel. */
export function SessionsCard({ cohort, attendancePath }: { cohort: CohortView; attendancePath: (sessionId: string) => string }) {
  const intl = useIntl();
  const viewerZone = useTimeZone();
  const { data, loading, error, refetch } = useLiveSessions(cohort.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sessions = data?.liveSessions ?? [];
  const closeEditor = (id: string) => {
    setEditing(null);
    setTimeout(() => document.getElementById(`edit-session-${id}`)?.focus());
  };

  return (
    <Card
      title={
        <>
          <FormattedMessage id="cohort.sessions.title" defaultMessage="Live sessions" />
          {data && <span className="count">{sessions.length}</span>}
        </>
      }
      description={intl.formatMessage(
        { id: 'cohort.sessions.description', defaultMessage: 'Dated from the programme’s session plan in the cohort’s zone, {zone}.' },
        { zone: cohort.timeZone.replaceAll('_', ' ') },
      )}
    >
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'cohort.sessions.loading', defaultMessage: 'Loading sessions…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'cohort.sessions.loadFailed', defaultMessage: 'Sessions could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        <DataTable
          name={{
            caption: intl.formatMessage({
              id: 'cohort.sessions.caption',
              defaultMessage: 'Live sessions by week, with times in the cohort’s zone and yours',
            }),
          }}
          className="table-compact table-sessions"
          columns={[
            intl.formatMessage({ id: 'cohort.sessions.colWeek', defaultMessage: 'Week' }),
            intl.formatMessage({ id: 'cohort.sessions.colSession', defaultMessage: 'Session' }),
            intl.formatMessage({ id: 'cohort.sessions.colCohortTime', defaultMessage: 'Cohort time' }),
            intl.formatMessage({ id: 'cohort.sessions.colYourTime', defaultMessage: 'Your time' }),
            intl.formatMessage({ id: 'cohort.sessions.colHost', defaultMessage: 'Host' }),
            { header: intl.formatMessage({ id: 'cohort.sessions.colJoin', defaultMessage: 'Join link' }), className: 'cell-nowrap' },
            { header: intl.formatMessage({ id: 'cohort.sessions.colActions', defaultMessage: 'Actions' }), hidden: true },
          ]}
          rows={sessions}
          rowKey={(s) => s.id}
          renderRow={(s) =>
            editing === s.id ? (
              <tr className="row-editing">
                <td colSpan={7}>
                  <h3 className="inset-title">
                    <FormattedMessage id="cohort.sessions.editTitle" defaultMessage="Edit {title}" values={{ title: s.title }} />
                  </h3>
                  <SessionEditor
                    session={s}
                    cohort={cohort}
                    onCancel={() => closeEditor(s.id)}
                    onSaved={(saved) => {
                      closeEditor(s.id);
                      setNotice(
                        intl.formatMessage({ id: 'cohort.sessions.saved', defaultMessage: '{title} was saved.' }, { title: saved.title }),
                      );
                    }}
                  />
                </td>
              </tr>
            ) : (
              <SessionRow
                session={s}
                cohortZone={cohort.timeZone}
                viewerZone={viewerZone}
                attendancePath={attendancePath(s.id)}
                onEdit={() => {
                  setNotice(null);
                  setEditing(s.id);
                }}
                onCancelled={() =>
                  setNotice(
                    intl.formatMessage({ id: 'cohort.sessions.cancelled', defaultMessage: '{title} was cancelled.' }, { title: s.title }),
                  )
                }
              />
            )
          }
          empty={
            <EmptyState title={intl.formatMessage({ id: 'cohort.sessions.emptyTitle', defaultMessage: 'No live sessions' })}>
              <FormattedMessage id="cohort.sessions.emptyText" defaultMessage="This programme’s session plan has no sessions." />
            </EmptyState>
          }
        />
      )}
    </Card>
  );
}

function SessionRow({
  session: s,
  cohortZone,
  viewerZone,
  attendancePath,
  onEdit,
  onCancelled,
}: {
  session: LiveSessionFieldsFragment;
  cohortZone: string;
  viewerZone: string;
  attendancePath: string;
  onEdit: () => void;
  onCancelled: () => void;
}) {
  const intl = useIntl();
  const [cancel, { loading }] = useCancelLiveSession();
  const [error, setError] = useState<unknown>(null);
  return (
    <tr className={s.cancelled ? 'row-muted' : undefined}>
      <td>{intl.formatNumber(s.week)}</td>
      <th scope="row">
        <span className="cell-strong">{s.title}</span>
        <span className="cell-sub">
          <FormattedMessage id="cohort.sessions.minutes" defaultMessage="{minutes, number} min" values={{ minutes: s.durationMinutes }} />
          {s.cancelled && (
            <>
              {SEP}
              <span className="pill pill-revoked">
                <FormattedMessage id="cohort.sessions.cancelledPill" defaultMessage="Cancelled" />
              </span>
            </>
          )}
          {s.recordingUrl && (
            <>
              {SEP}
              <a href={s.recordingUrl} target="_blank" rel="noreferrer">
                <FormattedMessage
                  id="cohort.sessions.recording"
                  defaultMessage="Recording<hidden> of {title}</hidden>"
                  values={{ title: s.title, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
                />
              </a>
            </>
          )}
        </span>
        {error != null && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'cohort.sessions.cancelFailed', defaultMessage: 'The session was not cancelled' })}
          />
        )}
      </th>
      <td className="cell-nowrap">
        <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, cohortZone)}</time>
      </td>
      <td className="cell-nowrap">
        <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, viewerZone)}</time>
      </td>
      <td className="cell-nowrap">
        {s.host?.name ?? (
          <span className="muted">
            <FormattedMessage id="cohort.sessions.noHost" defaultMessage="No host" />
          </span>
        )}
      </td>
      <td className="cell-nowrap">
        {s.joinUrl ? (
          <a href={s.joinUrl} target="_blank" rel="noreferrer">
            <FormattedMessage
              id="cohort.sessions.join"
              defaultMessage="Join<hidden> {title}</hidden>"
              values={{ title: s.title, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
            />
          </a>
        ) : (
          <span className="muted">
            <FormattedMessage id="cohort.sessions.noJoinLink" defaultMessage="None yet" />
          </span>
        )}
      </td>
      <td className="cell-actions">
        {!s.cancelled && (
          <>
            <Link
              className="button button-secondary button-small"
              to={attendancePath}
              aria-label={intl.formatMessage(
                { id: 'cohort.sessions.attendanceFor', defaultMessage: 'Attendance for {title}' },
                { title: s.title },
              )}
            >
              <FormattedMessage id="cohort.sessions.attendance" defaultMessage="Attendance" />
            </Link>
            <button
              id={`edit-session-${s.id}`}
              type="button"
              className="button button-secondary button-small"
              onClick={onEdit}
              aria-label={intl.formatMessage({ id: 'cohort.sessions.editTitle', defaultMessage: 'Edit {title}' }, { title: s.title })}
            >
              <FormattedMessage {...common.edit} />
            </button>
            <ConfirmButton
              label={intl.formatMessage({ id: 'cohort.sessions.cancel', defaultMessage: 'Cancel' })}
              accessibleLabel={intl.formatMessage(
                { id: 'cohort.sessions.cancelNamed', defaultMessage: 'Cancel {title}' },
                { title: s.title },
              )}
              question={intl.formatMessage({ id: 'cohort.sessions.cancelQuestion', defaultMessage: 'Cancel this session?' })}
              confirmLabel={intl.formatMessage({ id: 'cohort.sessions.cancelConfirm', defaultMessage: 'Cancel session' })}
              keepLabel={intl.formatMessage({ id: 'cohort.sessions.keep', defaultMessage: 'Keep it' })}
              busy={loading}
              onConfirm={async () => {
                setError(null);
                try {
                  await cancel({ variables: { id: s.id } });
                  onCancelled();
                } catch (e) {
                  setError(e);
                }
              }}
            />
          </>
        )}
      </td>
    </tr>
  );
}
