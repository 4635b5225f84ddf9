import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { formatDate } from '../../../lib/time';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useGradingSummary } from '../hooks/useGrading';
import '../../../styles/grading.css';

/** The coach's home: how much grading waits and since when, one line with the way to the queue. */
export function GradingSummaryCard() {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const { data, error } = useGradingSummary();
  const openQueue = <FormattedMessage id="grading.summaryCard.openQueue" defaultMessage="Open the grading queue" />;
  if (!data) {
    return error ? (
      <section className="card grading-summary" aria-labelledby="grading-summary-title">
        <h2 id="grading-summary-title" className="card-title">
          <FormattedMessage id="grading.summaryCard.title" defaultMessage="Grading queue" />
        </h2>
        <p className="muted">
          <FormattedMessage id="grading.summaryCard.countFailed" defaultMessage="The queue could not be counted just now." />
        </p>
        <Link className="button button-secondary button-small" to="/coach/grading">
          {openQueue}
        </Link>
      </section>
    ) : null;
  }
  const { awaiting, drafts } = data;
  const waiting = awaiting.total + drafts.total;
  const oldest = [awaiting.items[0]?.submittedAt, drafts.items[0]?.submittedAt].filter((d): d is string => !!d).sort()[0];
  return (
    <section className={`card grading-summary${waiting > 0 ? ' grading-summary-waiting' : ''}`} aria-labelledby="grading-summary-title">
      <div className="grading-summary-main">
        <h2 id="grading-summary-title" className="card-title">
          <FormattedMessage
            id="grading.summaryCard.waiting"
            defaultMessage="Grading queue: {waiting, plural, =0 {nothing waiting} one {# waiting} other {# waiting}}{hasOldest, select, yes {<oldest>, oldest from {date}</oldest>} other {}}"
            values={{
              waiting,
              hasOldest: oldest ? 'yes' : 'no',
              date: oldest ? formatDate(oldest, timeZone) : '',
              oldest: (chunks) => <span className="grading-summary-oldest">{chunks}</span>,
            }}
          />
        </h2>
        <p className="card-description">
          {waiting === 0
            ? intl.formatMessage({
                id: 'grading.summaryCard.allReleased',
                defaultMessage: 'Every submission in your cohorts has a released review.',
              })
            : intl.formatMessage(
                {
                  id: 'grading.summaryCard.description',
                  defaultMessage:
                    '{awaiting, number} awaiting review{drafts, plural, =0 {} one {, # draft review not released yet} other {, # draft reviews not released yet}}. Oldest first.',
                },
                { awaiting: awaiting.total, drafts: drafts.total },
              )}
        </p>
      </div>
      <Link className={`button ${waiting > 0 ? 'button-primary' : 'button-secondary'}`} to="/coach/grading">
        {openQueue}
      </Link>
    </section>
  );
}
