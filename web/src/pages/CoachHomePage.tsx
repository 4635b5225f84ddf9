import { useViewer } from '../modules/auth/hooks/useViewer';
import { CalendarFeedCard, ComingSoonCard, PartnersCard } from '../modules/home/components/HomeCards';
import { firstName } from '../lib/names';
import { PageHeader } from '../ui/PageHeader';

export function CoachHomePage() {
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={`Welcome, ${firstName(viewer.name)}`} eyebrow="Coach">
        <p>Your coaching work across the cohorts you are assigned to.</p>
      </PageHeader>
      <div className="home-grid">
        <PartnersCard role="COACH" />
        <ComingSoonCard
          role="COACH"
          items={[
            'Your grading queue: submissions waiting for a rubric review',
            'Live sessions you host, with attendance to record',
            'Your coaching availability and upcoming 1-on-1 bookings',
            'Learners at risk of missing the completion criteria',
          ]}
        />
        <CalendarFeedCard />
      </div>
    </>
  );
}
