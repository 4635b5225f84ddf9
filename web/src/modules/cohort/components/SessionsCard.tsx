import { useState } from 'react';
import { Link } from 'react-router';
import type { LiveSessionFieldsFragment } from '../../../gql/graphql';
import { formatSessionTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useCancelLiveSession, useLiveSessions, type CohortView } from '../hooks/useCohorts';
import { SessionEditor } from './SessionEditor';

/** A cohort's live sessions: when (in the cohort's zone and the viewer's), who hosts, where to join; edit or cancel. */
export function SessionsCard({ cohort, attendancePath }: { cohort: CohortView; attendancePath: (sessionId: string) => string }) {
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
    <Card title={<>Live sessions{data && <span className="count">{sessions.length}</span>}</>} description={`Dated from the programme’s session plan in the cohort’s zone, ${cohort.timeZone.replaceAll('_', ' ')}.`}>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {loading && !data ? (
        <Loading label="Loading sessions…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Sessions could not be loaded" onRetry={() => void refetch()} />
      ) : (
        <DataTable
          name={{ caption: 'Live sessions by week, with times in the cohort’s zone and yours' }}
          className="table-compact table-sessions"
          columns={['Week', 'Session', 'Cohort time', 'Your time', 'Host', { header: 'Join link', className: 'cell-nowrap' }, { header: 'Actions', hidden: true }]}
          rows={sessions}
          rowKey={(s) => s.id}
          renderRow={(s) =>
            editing === s.id ? (
              <tr className="row-editing">
                <td colSpan={7}>
                  <h3 className="inset-title">Edit {s.title}</h3>
                  <SessionEditor
                    session={s}
                    cohort={cohort}
                    onCancel={() => closeEditor(s.id)}
                    onSaved={(saved) => {
                      closeEditor(s.id);
                      setNotice(`${saved.title} was saved.`);
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
                onCancelled={() => setNotice(`${s.title} was cancelled.`)}
              />
            )
          }
          empty={<EmptyState title="No live sessions">This programme’s session plan has no sessions.</EmptyState>}
        />
      )}
    </Card>
  );
}

function SessionRow({ session: s, cohortZone, viewerZone, attendancePath, onEdit, onCancelled }: { session: LiveSessionFieldsFragment; cohortZone: string; viewerZone: string; attendancePath: string; onEdit: () => void; onCancelled: () => void }) {
  const [cancel, { loading }] = useCancelLiveSession();
  const [error, setError] = useState<unknown>(null);
  return (
    <tr className={s.cancelled ? 'row-muted' : undefined}>
      <td>{s.week}</td>
      <th scope="row">
        <span className="cell-strong">{s.title}</span>
        <span className="cell-sub">
          {s.durationMinutes} min{s.cancelled && <> · <span className="pill pill-revoked">Cancelled</span></>}
          {s.recordingUrl && (
            <>
              {' · '}
              <a href={s.recordingUrl} target="_blank" rel="noreferrer">
                Recording<span className="visually-hidden"> of {s.title}</span>
              </a>
            </>
          )}
        </span>
        {error != null && <ErrorNotice error={error} title="The session was not cancelled" />}
      </th>
      <td className="cell-nowrap">
        <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, cohortZone)}</time>
      </td>
      <td className="cell-nowrap">
        <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, viewerZone)}</time>
      </td>
      <td className="cell-nowrap">{s.host?.name ?? <span className="muted">No host</span>}</td>
      <td className="cell-nowrap">
        {s.joinUrl ? (
          <a href={s.joinUrl} target="_blank" rel="noreferrer">
            Join<span className="visually-hidden"> {s.title}</span>
          </a>
        ) : (
          <span className="muted">None yet</span>
        )}
      </td>
      <td className="cell-actions">
        {!s.cancelled && (
          <>
            <Link className="button button-secondary button-small" to={attendancePath} aria-label={`Attendance for ${s.title}`}>
              Attendance
            </Link>
            <button id={`edit-session-${s.id}`} type="button" className="button button-secondary button-small" onClick={onEdit} aria-label={`Edit ${s.title}`}>
              Edit
            </button>
            <ConfirmButton
              label="Cancel"
              accessibleLabel={`Cancel ${s.title}`}
              question="Cancel this session?"
              confirmLabel="Cancel session"
              keepLabel="Keep it"
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
