/**
 * Where credentials and eligibility show up on other pages. Filled in by the credential module.
 */
export function LearnerEligibilitySlot(_props: { enrolmentId: string }) {
  return null;
}
export function CohortCredentialsSlot(_props: { cohortId: string }) {
  return null;
}
