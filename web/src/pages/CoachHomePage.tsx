import { GradingSummaryCard } from '../modules/grading/components/GradingSummaryCard';
import { CoachBookings } from '../modules/booking/components/CoachBookings';
import { CoachSessionsToMark } from '../modules/booking/components/CoachSessionOutcomes';
import { FormattedMessage, useIntl } from 'react-intl';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { CoachCohorts } from '../modules/coach/components/CoachCohorts';
import { CalendarFeedCard, PartnersCard } from '../modules/home/components/HomeCards';
import { firstName } from '../lib/names';
import { PageHeader } from '../ui/PageHeader';
import { CoachAtRisk } from '../modules/outcome/components/CoachAtRisk';
import { CoachGoals } from '../modules/outcome/components/CoachGoals';

export function CoachHomePage() {
  const intl = useIntl();
  const viewer = useViewer();
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.coachHomePage.title', defaultMessage: 'Welcome, {name}' }, { name: firstName(viewer.name) })}
        eyebrow={intl.formatMessage({ id: 'pages.coachHomePage.eyebrow', defaultMessage: 'Coach' })}
      >
        <p>
          <FormattedMessage
            id="pages.coachHomePage.lead"
            defaultMessage="Your cohorts: the sessions you run, attendance to take, and the learners who need you most."
          />
        </p>
      </PageHeader>
      <CoachAtRisk />
      <GradingSummaryCard />
      <CoachSessionsToMark />
      <CoachBookings />
      <CoachCohorts />
      <CoachGoals />
      <div className="home-grid home-grid-after">
        <PartnersCard role="COACH" />
        <CalendarFeedCard />
      </div>
    </>
  );
}
