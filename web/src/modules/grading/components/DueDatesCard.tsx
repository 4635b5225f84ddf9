import { useState } from 'react';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { useCohortDueDates, useSetDueExtension, type GradebookRow, type WeekDues } from '../hooks/useGradebook';
import { CohortDueDialog, ExtensionDialog } from './DueDialogs';

/**
 * A cohort's due points week by week: the programme's, the cohort's own where it was moved, and
 * learners' extensions; each can be changed in a dialog.
 */
export function DueDatesCard({ cohortId, timeZone, rows }: { cohortId: string; timeZone: string; rows: GradebookRow[] }) {
  const { data, loading, error, refetch } = useCohortDueDates(cohortId);
  const [moving, setMoving] = useState<WeekDues | null>(null);
  const [extending, setExtending] = useState<{ week?: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const weeks = data?.cohortDueDates ?? [];
  const done = (message: string) => {
    setMoving(null);
    setExtending(null);
    setNotice(message);
  };

  return (
    <Card
      title="Due dates"
      description={`Times in your zone. A date typed here is read in the cohort’s zone, ${timeZone.replaceAll('_', ' ')}.`}
      actions={
        weeks.length > 0 && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setNotice(null);
              setExtending({});
            }}
          >
            Give an extension
          </button>
        )
      }
    >
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {loading && !data ? (
        <Loading label="Loading due dates…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="The due dates could not be loaded" onRetry={() => void refetch()} />
      ) : (
        <DataTable
          name={{ caption: 'Due points per week, with the cohort’s own dates and learners’ extensions' }}
          className="table-compact due-table"
          columns={['Week', 'Due for the cohort', 'Extensions', { header: 'Actions', hidden: true }]}
          rows={weeks}
          rowKey={(w) => w.week}
          renderRow={(w) => (
            <tr>
              <th scope="row">
                <span className="cell-strong">Week {w.week}</span>
                <span className="cell-sub">{w.assignmentTitle}</span>
              </th>
              <td>
                <span className="cell-strong cell-nowrap">
                  <DateTime value={w.dueAt} />
                </span>
                <span className="cell-sub">
                  {w.cohortDueAt ? (
                    <>
                      moved for the cohort; the programme’s: <DateTime value={w.programmeDueAt} />
                    </>
                  ) : (
                    'the programme’s due point'
                  )}
                </span>
              </td>
              <td>
                {w.extensions.length === 0 ? (
                  <span className="muted">None</span>
                ) : (
                  <ul className="extension-list">
                    {w.extensions.map((x) => (
                      <ExtensionItem key={x.enrolmentId} week={w.week} extension={x} onRemoved={setNotice} />
                    ))}
                  </ul>
                )}
              </td>
              <td className="cell-actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={`Move the due date of week ${w.week}`}
                  onClick={() => {
                    setNotice(null);
                    setMoving(w);
                  }}
                >
                  Move due date
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={`Give an extension for week ${w.week}`}
                  onClick={() => {
                    setNotice(null);
                    setExtending({ week: w.week });
                  }}
                >
                  Extension
                </button>
              </td>
            </tr>
          )}
          empty={<EmptyState title="No assignments">This programme has no weekly assignments.</EmptyState>}
        />
      )}
      {moving && <CohortDueDialog week={moving} cohortId={cohortId} timeZone={timeZone} onClose={() => setMoving(null)} onDone={done} />}
      {extending && <ExtensionDialog weeks={weeks} rows={rows} timeZone={timeZone} initialWeek={extending.week} onClose={() => setExtending(null)} onDone={done} />}
    </Card>
  );
}

function ExtensionItem({ week, extension: x, onRemoved }: { week: number; extension: WeekDues['extensions'][number]; onRemoved: (message: string) => void }) {
  const [remove, { loading }] = useSetDueExtension();
  const [error, setError] = useState<unknown>(null);
  return (
    <li className="extension">
      <span>
        <span className="cell-strong">{x.learner.name}</span>
        <span className="cell-sub">
          until <DateTime value={x.dueAt} />
          {x.reason && <> · {x.reason}</>}
        </span>
      </span>
      <ConfirmButton
        label="Remove"
        accessibleLabel={`Remove ${x.learner.name}’s extension for week ${week}`}
        question="Remove the extension?"
        confirmLabel="Remove"
        keepLabel="Keep"
        busy={loading}
        onConfirm={async () => {
          setError(null);
          try {
            await remove({ variables: { input: { enrolmentId: x.enrolmentId, week, dueAt: null } } });
            onRemoved(`${x.learner.name}’s extension for week ${week} was removed.`);
          } catch (err) {
            setError(err);
          }
        }}
      />
      {error != null && <ErrorNotice error={error} title="The extension was not removed" />}
    </li>
  );
}
