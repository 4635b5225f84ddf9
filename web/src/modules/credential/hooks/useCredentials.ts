import { useCallback } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApproveCredentialDocument,
  CohortCredentialActivityDocument,
  CohortEligibilityDocument,
  EligibilityDocument,
  IssuanceRunDocument,
  IssueCohortCredentialsDocument,
  LearnerCredentialsDocument,
  RecordCredentialEventDocument,
  RevokeCredentialDocument,
  type CredentialSummaryFieldsFragment,
  type CredentialViewFieldsFragment,
  type EligibilityFactFieldsFragment,
  type EligibilityFieldsFragment,
  type IssuanceRunFieldsFragment,
} from '../../../gql/graphql';

export type CredentialFacts = CredentialViewFieldsFragment;
export type CredentialSummary = CredentialSummaryFieldsFragment;
export type EligibilityLedger = EligibilityFieldsFragment;
export type HeldCredential = NonNullable<EligibilityLedger['credential']>;
export type EligibilityFact = EligibilityFactFieldsFragment;
export type IssuanceRun = IssuanceRunFieldsFragment;

export { CREDENTIAL_STATUS_MESSAGES } from './credentialStatus';

/** How often a running bulk issuance is asked how far it has got. */
export const RUN_POLL_MS = 800;

export function useLearnerCredentials() {
  return useQuery(LearnerCredentialsDocument, { fetchPolicy: 'cache-and-network' });
}

export function useEligibility(enrolmentId: string) {
  return useQuery(EligibilityDocument, { variables: { enrolmentId }, fetchPolicy: 'cache-and-network' });
}

export function useCohortEligibility(cohortId: string) {
  return useQuery(CohortEligibilityDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
}

/** Issuing changes who holds a credential, so the cohort's ledger is read again. */
export function useApproveCredential() {
  return useMutation(ApproveCredentialDocument, { refetchQueries: [CohortEligibilityDocument], awaitRefetchQueries: true });
}

export function useIssueCohortCredentials() {
  return useMutation(IssueCohortCredentialsDocument);
}

/** A bulk run, asked how far it has got until it has finished (the caller stops the polling). */
export function useIssuanceRun(id: string) {
  return useQuery(IssuanceRunDocument, { variables: { id }, fetchPolicy: 'network-only', pollInterval: RUN_POLL_MS });
}

/**
 * The answer is the credential itself, so its views update from the cache; the cohort table's row
 * holds it as a `HeldCredential`, given the new status here.
 */
export function useRevokeCredential() {
  return useMutation(RevokeCredentialDocument, {
    update(cache, { data }) {
      const revoked = data?.revokeCredential;
      if (revoked)
        cache.modify({ id: cache.identify({ __typename: 'HeldCredential', id: revoked.id }), fields: { status: () => revoked.status } });
    },
  });
}

/** Facts of one kind, and how many of them are met: "Assignments 5/7". */
export function factSummary(facts: readonly EligibilityFact[]) {
  const kinds = (['ASSIGNMENT', 'ATTENDANCE', 'COACHING'] as const)
    .map((kind) => {
      const of = facts.filter((f) => f.kind === kind);
      return { kind, total: of.length, met: of.filter((f) => f.met).length, facts: of };
    })
    .filter((k) => k.total > 0);
  return { kinds, met: facts.filter((f) => f.met).length, total: facts.length };
}

/** How the cohort's credentials were used (views, verifications, LinkedIn adds): partner admins only. */
export function useCohortCredentialActivity(cohortId: string) {
  return useQuery(CohortCredentialActivityDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
}

/** Reports LinkedIn clicks of any credential (the learner's list). */
export function useLinkedInClicks() {
  const [record] = useMutation(RecordCredentialEventDocument);
  return useCallback(
    (credentialId: string) => {
      record({ variables: { id: credentialId, event: 'LINKEDIN' } }).catch(() => undefined);
    },
    [record],
  );
}
