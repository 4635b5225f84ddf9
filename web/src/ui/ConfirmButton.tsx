import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { common } from '../i18n/common';

/**
 * The two steps of an inline confirmation: while asking, focus is on the button that confirms;
 * when the question goes away, focus returns to the button that asked.
 */
export function useConfirmStep() {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  return { asking, setAsking, confirmRef, startRef };
}

/**
 * A destructive action in two steps: the first press asks, the second does it. Inline rather
 * than a modal, so focus stays where the person is working.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  keepLabel,
  busy,
  onConfirm,
}: {
  label: string;
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  keepLabel?: string;
  busy?: boolean;
  onConfirm: () => void | Promise<void>;
}) {
  const intl = useIntl();
  const { asking, setAsking, confirmRef, startRef } = useConfirmStep();

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className="button button-danger-quiet button-small"
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className="button button-danger button-small"
        disabled={busy}
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {busy ? intl.formatMessage({ id: 'ui.confirmButton.working', defaultMessage: 'Working…' }) : confirmLabel}
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => setAsking(false)}
        onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
      >
        {keepLabel ?? intl.formatMessage(common.cancel)}
      </button>
    </span>
  );
}
