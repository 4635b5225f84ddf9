import { useViewer } from '../modules/auth/hooks/useViewer';
import { CoachCohorts } from '../modules/coach/components/CoachCohorts';
import { CalendarFeedCard, PartnersCard } from '../modules/home/components/HomeCards';
import { CoachGradingSlot } from '../modules/grading/components/slots';
import { CoachBookingSlot } from '../modules/booking/components/slots';
import { firstName } from '../lib/names';
import { PageHeader } from '../ui/PageHeader';
import { CoachAtRisk } from '../modules/outcome/components/CoachAtRisk';

export function CoachHomePage() {
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={`Welcome, ${firstName(viewer.name)}`} eyebrow="Coach">
        <p>Your cohorts: the sessions you run, attendance to take, and the learners who need you most.</p>
      </PageHeader>
      <CoachAtRisk />
      <CoachGradingSlot />
      <CoachBookingSlot />
      <CoachCohorts />
      <div className="home-grid home-grid-after">
        <PartnersCard role="COACH" />
        <CalendarFeedCard />
      </div>
    </>
  );
}
