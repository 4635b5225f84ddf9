import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { common } from '../../../i18n/common';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { useCohortDueDates, useSetDueExtension, type GradebookRow, type WeekDues } from '../hooks/useGradebook';
import { gradingMessages, SEPARATOR, weekMessage } from '../hooks/messages';
import { CohortDueDialog, ExtensionDialog } from './DueDialogs';

/**
 * A cohort's due points week by week: the programme's, the cohort's own where it was moved, and
 * learners' extensions; each can be changed in a dialog.
 */
export function DueDatesCard({ cohortId, timeZone, rows }: { cohortId: string; timeZone: string; rows: GradebookRow[] }) {
  const intl = useIntl();
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
      title={intl.formatMessage({ id: 'grading.dueDatesCard.title', defaultMessage: 'Due dates' })}
      description={intl.formatMessage(
        {
          id: 'grading.dueDatesCard.description',
          defaultMessage: 'Times in your zone. A date typed here is read in the cohort’s zone, {zone}.',
        },
        { zone: timeZone.replaceAll('_', ' ') },
      )}
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
            <FormattedMessage id="grading.dueDatesCard.giveExtension" defaultMessage="Give an extension" />
          </button>
        )
      }
    >
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'grading.dueDatesCard.loading', defaultMessage: 'Loading due dates…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'grading.dueDatesCard.loadFailed', defaultMessage: 'The due dates could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        <DataTable
          name={{
            caption: intl.formatMessage({
              id: 'grading.dueDatesCard.caption',
              defaultMessage: 'Due points per week, with the cohort’s own dates and learners’ extensions',
            }),
          }}
          className="table-compact due-table"
          columns={[
            intl.formatMessage({ id: 'grading.dueDatesCard.weekColumn', defaultMessage: 'Week' }),
            intl.formatMessage({ id: 'grading.dueDatesCard.cohortDueColumn', defaultMessage: 'Due for the cohort' }),
            intl.formatMessage({ id: 'grading.dueDatesCard.extensionsColumn', defaultMessage: 'Extensions' }),
            { header: intl.formatMessage(gradingMessages.actions), hidden: true },
          ]}
          rows={weeks}
          rowKey={(w) => w.week}
          renderRow={(w) => (
            <tr>
              <th scope="row">
                <span className="cell-strong">{intl.formatMessage(weekMessage, { week: w.week })}</span>
                <span className="cell-sub">{w.assignmentTitle}</span>
              </th>
              <td>
                <span className="cell-strong cell-nowrap">
                  <DateTime value={w.dueAt} />
                </span>
                <span className="cell-sub">
                  {w.cohortDueAt ? (
                    <FormattedMessage
                      id="grading.dueDatesCard.movedForCohort"
                      defaultMessage="moved for the cohort; the programme’s: {programmeDue}"
                      values={{ programmeDue: <DateTime value={w.programmeDueAt} /> }}
                    />
                  ) : (
                    <FormattedMessage id="grading.dueDatesCard.programmeDue" defaultMessage="the programme’s due point" />
                  )}
                </span>
              </td>
              <td>
                {w.extensions.length === 0 ? (
                  <span className="muted">{intl.formatMessage(common.none)}</span>
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
                  aria-label={intl.formatMessage(
                    { id: 'grading.dueDatesCard.moveLabel', defaultMessage: 'Move the due date of week {week, number}' },
                    { week: w.week },
                  )}
                  onClick={() => {
                    setNotice(null);
                    setMoving(w);
                  }}
                >
                  <FormattedMessage id="grading.dueDatesCard.move" defaultMessage="Move due date" />
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={intl.formatMessage(
                    { id: 'grading.dueDatesCard.extendLabel', defaultMessage: 'Give an extension for week {week, number}' },
                    { week: w.week },
                  )}
                  onClick={() => {
                    setNotice(null);
                    setExtending({ week: w.week });
                  }}
                >
                  <FormattedMessage id="grading.dueDatesCard.extend" defaultMessage="Extension" />
                </button>
              </td>
            </tr>
          )}
          empty={
            <EmptyState title={intl.formatMessage({ id: 'grading.dueDatesCard.emptyTitle', defaultMessage: 'No assignments' })}>
              <FormattedMessage id="grading.dueDatesCard.emptyText" defaultMessage="This programme has no weekly assignments." />
            </EmptyState>
          }
        />
      )}
      {moving && <CohortDueDialog week={moving} cohortId={cohortId} timeZone={timeZone} onClose={() => setMoving(null)} onDone={done} />}
      {extending && (
        <ExtensionDialog
          weeks={weeks}
          rows={rows}
          timeZone={timeZone}
          initialWeek={extending.week}
          onClose={() => setExtending(null)}
          onDone={done}
        />
      )}
    </Card>
  );
}

function ExtensionItem({
  week,
  extension: x,
  onRemoved,
}: {
  week: number;
  extension: WeekDues['extensions'][number];
  onRemoved: (message: string) => void;
}) {
  const intl = useIntl();
  const [remove, { loading }] = useSetDueExtension();
  const [error, setError] = useState<unknown>(null);
  const removeLabel = intl.formatMessage(common.remove);
  return (
    <li className="extension">
      <span>
        <span className="cell-strong">{x.learner.name}</span>
        <span className="cell-sub">
          <FormattedMessage id="grading.dueDatesCard.until" defaultMessage="until {due}" values={{ due: <DateTime value={x.dueAt} /> }} />
          {x.reason && (
            <>
              {SEPARATOR}
              {x.reason}
            </>
          )}
        </span>
      </span>
      <ConfirmButton
        label={removeLabel}
        accessibleLabel={intl.formatMessage(
          { id: 'grading.dueDatesCard.removeLabel', defaultMessage: 'Remove {name}’s extension for week {week, number}' },
          { name: x.learner.name, week },
        )}
        question={intl.formatMessage({ id: 'grading.dueDatesCard.removeQuestion', defaultMessage: 'Remove the extension?' })}
        confirmLabel={removeLabel}
        keepLabel={intl.formatMessage({ id: 'grading.dueDatesCard.keep', defaultMessage: 'Keep' })}
        busy={loading}
        onConfirm={async () => {
          setError(null);
          try {
            await remove({ variables: { input: { enrolmentId: x.enrolmentId, week, dueAt: null } } });
            onRemoved(
              intl.formatMessage(
                { id: 'grading.dueDatesCard.removed', defaultMessage: '{name}’s extension for week {week, number} was removed.' },
                { name: x.learner.name, week },
              ),
            );
          } catch (err) {
            setError(err);
          }
        }}
      />
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'grading.dueDatesCard.removeFailed', defaultMessage: 'The extension was not removed' })}
        />
      )}
    </li>
  );
}
