import { CredentialsCard } from '../../home/components/CredentialsCard';
import { CalendarFeedCard, PartnersCard } from '../../home/components/HomeCards';

/*
 * What the learner home shows after the programme: far below the first screen, so a chunk of
 * its own, loaded when the reader scrolls towards it (pages/LearnerHomePage, ui/WhenNear).
 */
export { LearnerOutcomes } from '../../outcome/components/LearnerOutcomes';

/** The calendar feed, the learner's credentials and their partner. */
export function LearnerHomeLinks() {
  return (
    <div className="home-grid home-grid-after">
      <CalendarFeedCard />
      <CredentialsCard />
      <PartnersCard role="LEARNER" />
    </div>
  );
}
