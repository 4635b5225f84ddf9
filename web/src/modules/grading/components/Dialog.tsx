import { useEffect, useId, useRef, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { common } from '../../../i18n/common';

/** The close button's symbol; its words are for screen readers. */
const CLOSE_MARK = '×';

/**
 * A modal dialog on the native <dialog> (focus kept inside, Escape closes, the page behind is
 * inert). Mounted only while open; on closing, focus goes back to what opened it.
 */
export function Dialog({
  title,
  description,
  onClose,
  children,
}: {
  title: string;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      setTimeout(() => opener?.isConnected && opener.focus());
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <div>
          <h2 id={`${id}-title`} className="card-title">
            {title}
          </h2>
          {description && (
            <p id={`${id}-description`} className="card-description">
              {description}
            </p>
          )}
        </div>
        <button type="button" className="dialog-close" onClick={() => onClose()}>
          <span aria-hidden="true">{CLOSE_MARK}</span>
          <span className="visually-hidden">
            <FormattedMessage {...common.close} />
          </span>
        </button>
      </header>
      {children}
    </dialog>
  );
}
