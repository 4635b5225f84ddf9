import { CohortCredentialsCard } from './CohortCredentialsCard';
import { CredentialActivityCard } from './CredentialActivityCard';
import { EligibilityCard } from './EligibilityCard';

/**
 * Where credentials and eligibility show up on other pages: the learner's checklist of what is
 * left (or their issued credential) beside their week, and the cohort's credentials for its
 * partner admin, with how they were used (views, verifications, LinkedIn adds).
 */
export function LearnerEligibilitySlot({ enrolmentId }: { enrolmentId: string }) {
  return <EligibilityCard enrolmentId={enrolmentId} />;
}
export function CohortCredentialsSlot({ cohortId }: { cohortId: string }) {
  return (
    <>
      <CohortCredentialsCard cohortId={cohortId} />
      <CredentialActivityCard cohortId={cohortId} />
    </>
  );
}
