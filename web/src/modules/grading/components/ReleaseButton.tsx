import { FormattedMessage, useIntl } from 'react-intl';
import { useConfirmStep } from '../../../ui/ConfirmButton';

/**
 * Releasing is final and tells the learner, so it asks first — but only once the review is
 * complete: `onBeforeAsk` validates and shows what is missing instead of asking. Inline, like
 * ConfirmButton, so focus stays in the form; not styled as danger, because releasing is the
 * expected end. With `canGoNext`, "Release and next" moves on to the next submission of the queue.
 */
export function ReleaseButton({
  learnerName,
  busy,
  disabled,
  canGoNext,
  onBeforeAsk,
  onConfirm,
}: {
  learnerName: string;
  busy: boolean;
  disabled?: boolean;
  canGoNext?: boolean;
  onBeforeAsk?: () => boolean;
  onConfirm: (andNext: boolean) => Promise<boolean>;
}) {
  const intl = useIntl();
  const { asking, setAsking, confirmRef, startRef } = useConfirmStep();

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className="button button-primary"
        disabled={disabled || busy}
        onClick={() => (onBeforeAsk?.() ?? true) && setAsking(true)}
      >
        <FormattedMessage id="grading.releaseButton.start" defaultMessage="Release to learner" />
      </button>
    );
  }
  const question = intl.formatMessage(
    {
      id: 'grading.releaseButton.question',
      defaultMessage: 'Release this review to {name}? They are told by email, and it cannot be changed afterwards.',
    },
    { name: learnerName },
  );
  const confirm = async (andNext: boolean) => {
    const done = await onConfirm(andNext);
    if (!done) setAsking(false);
  };
  return (
    <div
      className="release-confirm"
      role="group"
      aria-label={intl.formatMessage({ id: 'grading.releaseButton.groupLabel', defaultMessage: 'Confirm the release' })}
    >
      <p className="release-question">{question}</p>
      <div className="form-actions">
        <button ref={confirmRef} type="button" className="button button-primary" disabled={busy} onClick={() => void confirm(false)}>
          {busy
            ? intl.formatMessage({ id: 'grading.releaseButton.releasing', defaultMessage: 'Releasing…' })
            : intl.formatMessage({ id: 'grading.releaseButton.confirm', defaultMessage: 'Release review' })}
        </button>
        {canGoNext && (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void confirm(true)}>
            <FormattedMessage id="grading.releaseButton.releaseAndNext" defaultMessage="Release and next" />
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => setAsking(false)}
          onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
        >
          <FormattedMessage id="grading.releaseButton.keepEditing" defaultMessage="Keep editing" />
        </button>
      </div>
    </div>
  );
}
