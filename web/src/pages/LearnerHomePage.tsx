import { useViewer } from '../modules/auth/hooks/useViewer';
import { CredentialsCard } from '../modules/home/components/CredentialsCard';
import { CalendarFeedCard, ComingSoonCard, PartnersCard } from '../modules/home/components/HomeCards';
import { PageHeader } from '../ui/PageHeader';
import { firstName } from '../lib/names';

export function LearnerHomePage() {
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={`Welcome, ${firstName(viewer.name)}`} eyebrow="Learner">
        <p>Your programme, week by week, and the credential at the end of it.</p>
      </PageHeader>
      <div className="home-grid">
        <PartnersCard role="LEARNER" />
        <ComingSoonCard
          role="LEARNER"
          items={[
            'This week’s module: tutorials, readings and the assignment',
            'Your next live session, with the link to join',
            'What is due, and the feedback on your submissions',
            'Booking your 1-on-1 coaching sessions',
            'Your progress towards the credential',
          ]}
        />
        <CalendarFeedCard />
        <CredentialsCard />
      </div>
    </>
  );
}
