import { useParams } from '../lib/router';
import { GradeSubmission } from '../modules/grading/components/GradeSubmission';

/** Grading one submission against its rubric. */
export function GradeSubmissionPage() {
  const { submissionId = '' } = useParams();
  return <GradeSubmission key={submissionId} submissionId={submissionId} />;
}
