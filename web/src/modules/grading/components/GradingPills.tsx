import type { AssignmentProgress, Verdict } from '../../../gql/graphql';
import { PROGRESS_LABEL, VERDICT_OUTCOME, progressTone, verdictTone } from '../hooks/labels';
import '../../../styles/grading.css';

/** Where the learner's week stands; colour backs up the words, never replaces them. */
export function ProgressPill({ progress }: { progress: AssignmentProgress }) {
  return <span className={`pill pill-grade-${progressTone(progress)}`}>{PROGRESS_LABEL[progress]}</span>;
}

export function VerdictPill({ verdict, draft = false }: { verdict: Verdict; draft?: boolean }) {
  return (
    <span className={`pill pill-grade-${verdictTone(verdict)}`}>
      {VERDICT_OUTCOME[verdict]}
      {draft && ' (draft)'}
    </span>
  );
}

export function LatePill() {
  return <span className="pill pill-late">Late</span>;
}
