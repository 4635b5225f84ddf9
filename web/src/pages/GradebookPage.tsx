import { useLocation, useParams } from '../lib/router';
import { Gradebook } from '../modules/grading/components/Gradebook';

/** A cohort's gradebook, for its coaches (/coach/…) and its partner admins (/partner/…). */
export function GradebookPage() {
  const { cohortId = '' } = useParams();
  const home = useLocation().pathname.startsWith('/partner/') ? 'partner' : 'coach';
  return <Gradebook key={cohortId} cohortId={cohortId} home={home} />;
}
