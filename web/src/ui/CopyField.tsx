import { useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { copyText } from '../lib/clipboard';

/** A read-only value (a link, a feed URL) with a Copy button and a spoken confirmation. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const intl = useIntl();
  const [status, setStatus] = useState<'copied' | 'selected' | null>(null);
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="copy-row">
        <input
          id={id}
          ref={input}
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            const ok = await copyText(value, input.current);
            setStatus(ok ? 'copied' : 'selected');
            window.setTimeout(() => setStatus(null), 4000);
          }}
        >
          <FormattedMessage
            id="ui.copyField.copy"
            defaultMessage="Copy<hidden> {label}</hidden>"
            values={{ label: label.toLocaleLowerCase(intl.locale), hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
          />
        </button>
      </div>
      <p className="copy-status" role="status">
        {status === 'copied'
          ? intl.formatMessage({ id: 'ui.copyField.copied', defaultMessage: 'Copied' })
          : status === 'selected'
            ? intl.formatMessage({ id: 'ui.copyField.selected', defaultMessage: 'Selected: press Ctrl+C to copy' })
            : null}
      </p>
    </div>
  );
}
