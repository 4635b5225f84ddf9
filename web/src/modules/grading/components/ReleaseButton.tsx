import { useConfirmStep } from '../../../ui/ConfirmButton';

/**
 * Releasing is final and tells the learner, so it asks first. Inline, like ConfirmButton, so
 * focus stays in the form; not styled as danger, because releasing is the expected end.
 */
export function ReleaseButton({ learnerName, busy, disabled, onConfirm }: { learnerName: string; busy: boolean; disabled?: boolean; onConfirm: () => Promise<boolean> }) {
  const { asking, setAsking, confirmRef, startRef } = useConfirmStep();

  if (!asking) {
    return (
      <button ref={startRef} type="button" className="button button-primary" disabled={disabled || busy} onClick={() => setAsking(true)}>
        Release to learner
      </button>
    );
  }
  const question = `Release this review to ${learnerName}? They are told by email, and it cannot be changed afterwards.`;
  return (
    <div className="release-confirm" role="group" aria-label="Confirm the release">
      <p className="release-question">{question}</p>
      <div className="form-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={async () => {
            const done = await onConfirm();
            if (!done) setAsking(false);
          }}
        >
          {busy ? 'Releasing…' : 'Release review'}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => setAsking(false)} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
          Keep editing
        </button>
      </div>
    </div>
  );
}
