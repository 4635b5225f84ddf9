import { FormattedMessage, useIntl } from 'react-intl';
import type { AssignmentProgress, Verdict } from '../../../gql/graphql';
import { PROGRESS_LABEL, VERDICT_OUTCOME, progressTone, verdictTone } from '../hooks/labels';
import { gradingMessages } from '../hooks/messages';
import '../../../styles/grading.css';

/** Where the learner's week stands; colour backs up the words, never replaces them. */
export function ProgressPill({ progress }: { progress: AssignmentProgress }) {
  return (
    <span className={`pill pill-grade-${progressTone(progress)}`}>
      <FormattedMessage {...PROGRESS_LABEL[progress]} />
    </span>
  );
}

export function VerdictPill({ verdict, draft = false }: { verdict: Verdict; draft?: boolean }) {
  const intl = useIntl();
  const outcome = intl.formatMessage(VERDICT_OUTCOME[verdict]);
  return (
    <span className={`pill pill-grade-${verdictTone(verdict)}`}>
      {draft ? intl.formatMessage({ id: 'grading.pills.draft', defaultMessage: '{outcome} (draft)' }, { outcome }) : outcome}
    </span>
  );
}

export function LatePill() {
  return (
    <span className="pill pill-late">
      <FormattedMessage {...gradingMessages.late} />
    </span>
  );
}
