import { useQuery } from '@apollo/client/react';
import { useSearchParams } from '../../../lib/router';
import { MyOutcomeEnrolmentsDocument } from '../../../gql/graphql';
import { LearnerOutcomePanel } from './LearnerOutcomePanel';

/** On the learner home: the path and goal of the enrolment the home shows (?enrolment=…, else the first). */
export function LearnerOutcomes() {
  const { data } = useQuery(MyOutcomeEnrolmentsDocument);
  const [params] = useSearchParams();
  const enrolments = data?.myEnrolments ?? [];
  const chosen = enrolments.find((e) => e.id === params.get('enrolment')) ?? enrolments[0];
  return chosen ? <LearnerOutcomePanel key={chosen.id} enrolmentId={chosen.id} /> : null;
}
