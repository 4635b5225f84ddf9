import { useParams } from '../lib/router';
import { LearnerAssignment } from '../modules/grading/components/LearnerAssignment';

/** One week's assignment for the learner: instructions, their versions, the released review and the form. */
export function LearnerAssignmentPage() {
  const { enrolmentId = '', week = '' } = useParams();
  return <LearnerAssignment key={`${enrolmentId}/${week}`} enrolmentId={enrolmentId} week={Number(week) || 0} />;
}
