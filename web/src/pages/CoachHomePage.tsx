import { useViewer } from '../modules/auth/hooks/useViewer';
import { CoachCohorts } from '../modules/coach/components/CoachCohorts';
import { CalendarFeedCard, ComingSoonCard, PartnersCard } from '../modules/home/components/HomeCards';
import { firstName } from '../lib/names';
import { PageHeader } from '../ui/PageHeader';

export function CoachHomePage() {
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={`Welcome, ${firstName(viewer.name)}`} eyebrow="Coach">
        <p>Your cohorts: the sessions you run, attendance to take, and the learners who need you most.</p>
      </PageHeader>
      <CoachCohorts />
      <div className="home-grid home-grid-after">
        <PartnersCard role="COACH" />
        <ComingSoonCard role="COACH" items={['Your grading queue: submissions waiting for a rubric review', 'Your coaching availability and upcoming 1-on-1 bookings']} />
        <CalendarFeedCard />
      </div>
    </>
  );
}
