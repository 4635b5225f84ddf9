import { CohortCredentialsCard } from './CohortCredentialsCard';
import { CredentialActivityCard } from './CredentialActivityCard';

/** The cohort's credentials for its partner admin, with how they were used (views, verifications, LinkedIn adds). */
export function CohortCredentialsSection({ cohortId }: { cohortId: string }) {
  return (
    <>
      <CohortCredentialsCard cohortId={cohortId} />
      <CredentialActivityCard cohortId={cohortId} />
    </>
  );
}
