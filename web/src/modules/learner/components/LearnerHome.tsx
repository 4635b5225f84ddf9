import { lazy, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from '../../../lib/router';
import { formatLocalDate } from '../../../lib/time';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField } from '../../../ui/Field';
import { WhenNear } from '../../../ui/WhenNear';
import { WeekStrip } from '../../../ui/WeekStrip';
import { initialWeek, useMyEnrolments, weekLine, type LearnerEnrolment } from '../hooks/useLearnerHome';
import { DueCard, NextSessionCard } from './SideCards';
import { WeekPanel } from './WeekPanel';
import '../learner.css';

const LearnerSide = lazy(async () => ({ default: (await import('./LearnerSide')).LearnerSide }));

/** Between the programme's code and its title; not a word. */
const SEPARATOR = ' · ';

/**
 * The learner's programme, this week first; a picker when they are in several cohorts. `after`
 * (what the page shows below the programme) comes once the programme is there, so that parts of
 * it loaded on scrolling (ui/WhenNear) are not in view while the programme is still loading.
 */
export function LearnerHome({ after }: { after?: ReactNode }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useMyEnrolments();
  const [params, setParams] = useSearchParams();
  const enrolments = data?.myEnrolments ?? [];

  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'learner.home.loading', defaultMessage: 'Loading your programme…' })} />;
  if (error && !data) {
    return (
      <>
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'learner.home.loadFailed', defaultMessage: 'Your programme could not be loaded' })}
          onRetry={() => void refetch()}
        />
        {after}
      </>
    );
  }
  if (enrolments.length === 0) {
    return (
      <>
        <EmptyState
          title={intl.formatMessage({ id: 'learner.home.notEnrolledTitle', defaultMessage: 'You are not enrolled in a cohort yet' })}
        >
          <FormattedMessage
            id="learner.home.notEnrolledText"
            defaultMessage="When a partner enrols you in a programme, its weeks, live sessions and what is due appear here. Check your email for an enrolment message."
          />
        </EmptyState>
        {after}
      </>
    );
  }
  const chosen = enrolments.find((e) => e.id === params.get('enrolment')) ?? enrolments[0];
  return (
    <>
      <div className="stack learner-home">
        {enrolments.length > 1 && (
          <SelectField
            label={intl.formatMessage({ id: 'learner.home.cohort', defaultMessage: 'Cohort' })}
            className="field-inline"
            value={chosen.id}
            onChange={(e) => setParams({ enrolment: e.target.value })}
          >
            {enrolments.map((e) => (
              <option key={e.id} value={e.id}>
                {intl.formatMessage(
                  {
                    id: 'learner.home.cohortOption',
                    defaultMessage:
                      '{cohort} ({status, select, DRAFT {draft} OPEN {open for enrolment} RUNNING {running} COMPLETED {completed} other {archived}})',
                  },
                  { cohort: e.cohort.name, status: e.cohort.status },
                )}
              </option>
            ))}
          </SelectField>
        )}
        <EnrolmentView key={chosen.id} enrolment={chosen} />
      </div>
      {after}
    </>
  );
}

function EnrolmentView({ enrolment: e }: { enrolment: LearnerEnrolment }) {
  const intl = useIntl();
  const [selected, setSelected] = useState(() => initialWeek(e));
  const week = e.weeks.find((w) => w.week === selected) ?? e.weeks[0];
  const current = e.weeks.find((w) => w.current)?.week ?? 0;
  return (
    <div className="learner-workspace">
      {/* first in the page, so on a phone the next session and what is due come before the weeks */}
      <div className="learner-now">
        <NextSessionCard enrolment={e} />
        <DueCard enrolment={e} />
      </div>
      <section className="cohort-banner learner-banner" aria-labelledby={`cohort-${e.id}`}>
        <div className="cohort-banner-head">
          <div>
            <p className="eyebrow">
              {e.cohort.programme.code}
              {SEPARATOR}
              {e.cohort.programme.title}
            </p>
            <h2 id={`cohort-${e.id}`} className="cohort-banner-title">
              {e.cohort.name}
            </h2>
            <p className="muted">
              <FormattedMessage
                id="learner.home.cohortDates"
                defaultMessage="{start} – {end} · run by {partner}"
                values={{
                  start: formatLocalDate(e.cohort.startDate),
                  end: formatLocalDate(e.cohort.endDate),
                  partner: e.cohort.partnerName,
                }}
              />
            </p>
          </div>
          <p className="week-badge">{weekLine(intl, e, formatLocalDate(e.cohort.startDate))}</p>
        </div>
        <WeekStrip
          weeks={e.weeks}
          current={current}
          timeZone={e.cohort.timeZone}
          selected={week.week}
          onSelect={setSelected}
          label={intl.formatMessage({ id: 'learner.home.weeksLabel', defaultMessage: 'Weeks of your programme' })}
        />
      </section>
      <div className="learner-week">
        <WeekPanel enrolment={e} week={week} />
      </div>
      {/* below the first screen: loaded when the reader scrolls towards it */}
      <WhenNear className="learner-side" minHeight="60rem">
        <LearnerSide enrolment={e} />
      </WhenNear>
    </div>
  );
}
