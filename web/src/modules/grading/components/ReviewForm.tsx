import { MAX_FEEDBACK_LENGTH } from '@beacon/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import type { ReviewFieldsFragment, Verdict } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { errorCode, errorMessage } from '../../../lib/errors';
import { DateTime } from '../../../ui/DateTime';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { TextAreaField } from '../../../ui/Field';
import { Meter } from '../../../ui/Meter';
import { VERDICT_LABEL } from '../hooks/labels';
import { SEPARATOR } from '../hooks/messages';
import { maxPoints, reviewProblems, totalOf, unscored, type Scores } from '../hooks/rubric';
import { useReleaseReview, useSaveReview, useSubmission, type GradedSubmission } from '../hooks/useGrading';
import { ReleaseButton } from './ReleaseButton';
import { RubricScoring } from './RubricScoring';
import { SPACE } from '../../../lib/jsx';

const VERDICTS: Verdict[] = ['PASS', 'REVISE', 'FAIL'];
const VERDICT_HINT: Record<Verdict, MessageDescriptor> = defineMessages({
  PASS: { id: 'grading.reviewForm.passHint', defaultMessage: 'The work meets the bar.' },
  REVISE: { id: 'grading.reviewForm.reviseHint', defaultMessage: 'The learner resubmits a new version.' },
  FAIL: { id: 'grading.reviewForm.failHint', defaultMessage: 'Final: no resubmission.' },
});

interface Draft {
  scores: Scores;
  verdict: Verdict | null;
  feedback: string;
}

const fromReview = (r: ReviewFieldsFragment | null): Draft => ({
  scores: Object.fromEntries((r?.scores ?? []).map((s) => [s.criterionId, s.points])),
  verdict: r?.verdict ?? null,
  feedback: r?.feedback ?? '',
});

const sameDraft = (a: Draft, b: Draft) =>
  a.verdict === b.verdict &&
  a.feedback === b.feedback &&
  JSON.stringify(Object.entries(a.scores).sort()) === JSON.stringify(Object.entries(b.scores).sort());

/**
 * The coach's review of the latest version: a level per rubric criterion, the total against the
 * pass mark as it changes, a verdict and feedback. Saved as a draft with the version last seen
 * (optimistic locking); when someone else saved in between, nothing is overwritten and what the
 * coach typed stays in the form until they have seen the other version.
 */
export function ReviewForm({
  submission: s,
  canGoNext,
  onReleased,
}: {
  submission: GradedSubmission;
  canGoNext?: boolean;
  onReleased?: (andNext: boolean) => void;
}) {
  const intl = useIntl();
  const ids = useId();
  const rubric = s.assignment.rubric;
  const passMark = s.assignment.passMark;
  const max = maxPoints(rubric);
  const [draft, setDraft] = useState<Draft>(() => fromReview(s.review));
  const [saved, setSaved] = useState<Draft>(() => fromReview(s.review));
  const [base, setBase] = useState<{ id: string | null; version: number }>({ id: s.review?.id ?? null, version: s.review?.version ?? 0 });
  const [tried, setTried] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ message: string; theirs: ReviewFieldsFragment | null; reloaded: boolean } | null>(null);
  const [save, saving] = useSaveReview();
  const [release, releasing] = useReleaseReview();
  const { refetch } = useSubmission(s.id);
  const busy = saving.loading || releasing.loading;
  const top = useRef<HTMLDivElement>(null);

  const total = totalOf(rubric, draft.scores);
  const complete = unscored(rubric, draft.scores).length === 0;
  const reaches = total >= passMark;
  const problems = reviewProblems(intl, rubric, passMark, draft.scores, draft.verdict, draft.feedback);
  const problemOf = (field: string) => (tried ? problems.find((p) => p.field === field)?.message : undefined);
  const dirty = base.version === 0 || !sameDraft(draft, saved);

  const setScore = (criterionId: string, points: number) => {
    setNotice(null);
    setDraft((d) => {
      const scores = { ...d.scores, [criterionId]: points };
      // a Pass the new total no longer supports is withdrawn rather than left checked and refused later
      const verdict = d.verdict === 'PASS' && totalOf(rubric, scores) < passMark ? null : d.verdict;
      return { ...d, scores, verdict };
    });
  };

  const focusTop = () => setTimeout(() => top.current?.focus());

  /** Saves the form as a draft; the saved review, or null when it was refused. */
  const saveDraft = async (): Promise<ReviewFieldsFragment | null> => {
    setTried(true);
    setNotice(null);
    setError(null);
    if (problems.length) {
      focusTop();
      return null;
    }
    try {
      const { data } = await save({
        variables: {
          input: {
            submissionId: s.id,
            scores: rubric.map((c) => ({ criterionId: c.id, points: draft.scores[c.id] })),
            verdict: draft.verdict!,
            feedback: draft.feedback,
            expectedVersion: base.version,
          },
        },
      });
      const r = data?.saveReview ?? null;
      if (r) {
        setBase({ id: r.id, version: r.version });
        setSaved(draft);
        setConflict(null);
      }
      return r;
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') setConflict({ message: errorMessage(err), theirs: null, reloaded: false });
      else setError(err);
      focusTop();
      return null;
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await saveDraft();
    if (r)
      setNotice(
        intl.formatMessage(
          {
            id: 'grading.reviewForm.draftSaved',
            defaultMessage: 'Draft saved (version {version, number}). The learner does not see it until you release it.',
          },
          { version: r.version },
        ),
      );
  };

  /** Before asking "release?": the review must be complete, else the problems show and focus goes to them. */
  const readyToRelease = (): boolean => {
    setTried(true);
    setNotice(null);
    if (problems.length) {
      focusTop();
      return false;
    }
    return true;
  };

  const releaseNow = async (andNext: boolean): Promise<boolean> => {
    const r = dirty || !base.id ? await saveDraft() : { id: base.id, version: base.version };
    if (!r) return false;
    try {
      await release({ variables: { id: r.id, expectedVersion: r.version } });
      onReleased?.(andNext);
      return true;
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') setConflict({ message: errorMessage(err), theirs: null, reloaded: false });
      else setError(err);
      focusTop();
      return false;
    }
  };

  /** Reads the review as it now is, without touching the form; the next save goes over it, knowingly. */
  const reload = async () => {
    const { data } = await refetch();
    const theirs = data?.submission.review ?? null;
    setBase({ id: theirs?.id ?? null, version: theirs?.version ?? 0 });
    setConflict((c) => (c ? { ...c, theirs, reloaded: true } : c));
  };

  return (
    <form className="review-form" onSubmit={submit} noValidate aria-describedby={`${ids}-intro`}>
      <p id={`${ids}-intro`} className="field-hint">
        <FormattedMessage
          id="grading.reviewForm.intro"
          defaultMessage="Choose a level for each criterion. The learner sees nothing until you release the review."
        />
      </p>
      <div ref={top} tabIndex={-1} className="focus-target stack">
        {conflict && (
          <div className="notice notice-warning conflict" role="alert">
            <p className="notice-title">
              {/meanwhile/i.test(conflict.message)
                ? intl.formatMessage({ id: 'grading.reviewForm.conflictTitle', defaultMessage: 'Someone else saved this review meanwhile' })
                : intl.formatMessage({ id: 'grading.reviewForm.notSavedTitle', defaultMessage: 'Your review was not saved' })}
            </p>
            <p>{conflict.message}</p>
            <p>
              <FormattedMessage
                id="grading.reviewForm.conflictExplained"
                defaultMessage="Your changes were not saved, and what you typed is still in the form below. Reload to see their version, then decide what to keep."
              />
            </p>
            {!conflict.reloaded ? (
              <button type="button" className="button button-secondary button-small" onClick={() => void reload()}>
                <FormattedMessage id="grading.reviewForm.reload" defaultMessage="Reload their version" />
              </button>
            ) : conflict.theirs ? (
              <div className="theirs">
                <p className="cell-strong">
                  <FormattedMessage
                    id="grading.reviewForm.theirVersion"
                    defaultMessage="Their version {version, number}{hasReviewer, select, yes { by {reviewer}} other {}}, saved {when}"
                    values={{
                      version: conflict.theirs.version,
                      hasReviewer: conflict.theirs.reviewer ? 'yes' : 'no',
                      reviewer: conflict.theirs.reviewer?.name ?? '',
                      when: <DateTime value={conflict.theirs.updatedAt} />,
                    }}
                  />
                </p>
                <p>
                  <FormattedMessage
                    id="grading.reviewForm.theirScores"
                    defaultMessage="{verdict} · {total, number} / {max, plural, one {# point} other {# points}}"
                    values={{
                      verdict: intl.formatMessage(VERDICT_LABEL[conflict.theirs.verdict]),
                      total: conflict.theirs.total,
                      max: conflict.theirs.maxPoints,
                    }}
                  />
                  {SEPARATOR}
                  {intl.formatList(
                    conflict.theirs.scores.map((x) =>
                      intl.formatMessage(
                        { id: 'grading.reviewForm.criterionLevel', defaultMessage: '{criterion}: {level}' },
                        { criterion: x.criterionTitle, level: x.levelLabel },
                      ),
                    ),
                    { type: 'unit', style: 'short' },
                  )}
                </p>
                {conflict.theirs.feedback && (
                  <p className="theirs-feedback">
                    <FormattedMessage
                      id="grading.reviewForm.quotedFeedback"
                      defaultMessage="“{feedback}”"
                      values={{ feedback: conflict.theirs.feedback }}
                    />
                  </p>
                )}
                {conflict.theirs.state === 'RELEASED' ? (
                  <p>
                    <FormattedMessage
                      id="grading.reviewForm.theirsReleased"
                      defaultMessage="It has been released, so it can no longer change."
                    />
                  </p>
                ) : (
                  <>
                    <p>
                      <FormattedMessage
                        id="grading.reviewForm.replaceTheirs"
                        defaultMessage="Saving now replaces their version with yours."
                      />
                    </p>
                    <div className="form-actions">
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => {
                          const next = fromReview(conflict.theirs);
                          setDraft(next);
                          setSaved(next);
                          setConflict(null);
                          setNotice(
                            intl.formatMessage(
                              {
                                id: 'grading.reviewForm.usedTheirs',
                                defaultMessage: 'Their version {version, number} is now in the form.',
                              },
                              { version: conflict.theirs!.version },
                            ),
                          );
                        }}
                      >
                        <FormattedMessage id="grading.reviewForm.useTheirs" defaultMessage="Use their version" />
                      </button>
                      <button type="button" className="button button-secondary button-small" onClick={() => setConflict(null)}>
                        <FormattedMessage id="grading.reviewForm.keepMine" defaultMessage="Keep mine" />
                      </button>
                    </div>
                  </>
                )}
              </div>
            ) : (
              <p>
                <FormattedMessage id="grading.reviewForm.noSavedReview" defaultMessage="There is no saved review now; saving creates it." />
              </p>
            )}
          </div>
        )}
        {error != null && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'grading.reviewForm.saveFailed', defaultMessage: 'The review was not saved' })}
          />
        )}
        {tried && problems.length > 0 && (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">
              <FormattedMessage id="grading.reviewForm.incomplete" defaultMessage="The review is not complete" />
            </p>
            <ul className="problem-list">
              {problems.map((p) => (
                <li key={p.message}>{p.message}</li>
              ))}
            </ul>
          </div>
        )}
        {notice && <SuccessNotice>{notice}</SuccessNotice>}
      </div>

      <RubricScoring
        rubric={rubric}
        scores={draft.scores}
        onChange={setScore}
        disabled={busy}
        errorId={problemOf('scores') ? `${ids}-scores-error` : undefined}
      />
      {problemOf('scores') && (
        <p id={`${ids}-scores-error`} className="field-error">
          {problemOf('scores')}
        </p>
      )}

      <div className={`live-total${complete ? (reaches ? ' live-total-pass' : ' live-total-below') : ''}`}>
        <p aria-live="polite" aria-atomic="true">
          <FormattedMessage
            id="grading.reviewForm.liveTotal"
            defaultMessage="<label>Total</label> <value>{total, number}</value> / {max, number} · pass mark {passMark, number}<note>{status, select, incomplete { · not all criteria scored} reaches { · reaches the pass mark} other { · below the pass mark}}</note>"
            values={{
              total,
              max,
              passMark,
              status: !complete ? 'incomplete' : reaches ? 'reaches' : 'below',
              label: (chunks) => <span className="live-total-label">{chunks}</span>,
              value: (chunks) => <span className="live-total-value">{chunks}</span>,
              note: (chunks) => <span className="live-total-note">{chunks}</span>,
            }}
          />
        </p>
        <Meter
          label={intl.formatMessage({ id: 'grading.reviewForm.meterLabel', defaultMessage: 'Total against the maximum' })}
          percent={max ? (100 * total) / max : 0}
          tone={complete && reaches ? 'success' : complete ? 'warning' : 'accent'}
        />
      </div>

      <fieldset className="verdict-group" aria-describedby={problemOf('verdict') ? `${ids}-verdict-error` : `${ids}-verdict-hint`}>
        <legend>
          <FormattedMessage id="grading.reviewForm.verdict" defaultMessage="Verdict" />
        </legend>
        <p id={`${ids}-verdict-hint`} className="field-hint">
          <FormattedMessage
            id="grading.reviewForm.verdictHint"
            defaultMessage="Pass needs a total of at least {passMark, number}. Revise and Fail need feedback."
            values={{ passMark }}
          />
        </p>
        <div className="verdict-options">
          {VERDICTS.map((v) => {
            const blocked = v === 'PASS' && (!complete || !reaches);
            return (
              <label key={v} className={`verdict-option verdict-${v.toLowerCase()}${blocked ? ' verdict-blocked' : ''}`}>
                <input
                  type="radio"
                  name={`${ids}-verdict`}
                  value={v}
                  checked={draft.verdict === v}
                  disabled={busy || blocked}
                  onChange={() => setDraft((d) => ({ ...d, verdict: v }))}
                />
                <span className="verdict-option-body">
                  <span className="verdict-option-label">{intl.formatMessage(VERDICT_LABEL[v])}</span>
                  {SPACE}
                  <span className="verdict-option-hint">
                    {blocked
                      ? complete
                        ? intl.formatMessage(
                            { id: 'grading.reviewForm.totalBelow', defaultMessage: 'Total below {passMark, number}' },
                            { passMark },
                          )
                        : intl.formatMessage({ id: 'grading.reviewForm.scoreFirst', defaultMessage: 'Score every criterion first' })
                      : intl.formatMessage(VERDICT_HINT[v])}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
        {problemOf('verdict') && (
          <p id={`${ids}-verdict-error`} className="field-error">
            {problemOf('verdict')}
          </p>
        )}
      </fieldset>

      <TextAreaField
        label={intl.formatMessage({ id: 'grading.reviewForm.feedback', defaultMessage: 'Feedback to the learner' })}
        hint={
          draft.verdict === 'REVISE' || draft.verdict === 'FAIL'
            ? intl.formatMessage(
                {
                  id: 'grading.reviewForm.feedbackRequired',
                  defaultMessage:
                    '{verdict, select, REVISE {Required with Revise: say what to change.} other {Required with Fail: say what to change.}}',
                },
                { verdict: draft.verdict },
              )
            : intl.formatMessage({ id: 'grading.reviewForm.feedbackHint', defaultMessage: 'What worked, and what to do next.' })
        }
        rows={7}
        maxLength={MAX_FEEDBACK_LENGTH}
        value={draft.feedback}
        error={problemOf('feedback')}
        aria-required={draft.verdict === 'REVISE' || draft.verdict === 'FAIL'}
        onChange={(e) => {
          setNotice(null);
          setDraft((d) => ({ ...d, feedback: e.target.value }));
        }}
      />

      <div className="review-actions">
        <p className="muted review-save-state">
          {base.version === 0
            ? intl.formatMessage({ id: 'grading.reviewForm.notSavedYet', defaultMessage: 'Not saved yet.' })
            : dirty
              ? intl.formatMessage({ id: 'grading.reviewForm.unsavedChanges', defaultMessage: 'Changes not saved yet.' })
              : intl.formatMessage(
                  { id: 'grading.reviewForm.draftVersionSaved', defaultMessage: 'Draft version {version, number} saved.' },
                  { version: base.version },
                )}
        </p>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            {saving.loading && !releasing.loading
              ? intl.formatMessage(common.saving)
              : intl.formatMessage({ id: 'grading.reviewForm.saveDraft', defaultMessage: 'Save draft' })}
          </button>
          <ReleaseButton
            learnerName={s.learner.name}
            busy={busy}
            canGoNext={canGoNext}
            onBeforeAsk={readyToRelease}
            onConfirm={releaseNow}
          />
        </div>
      </div>
    </form>
  );
}
