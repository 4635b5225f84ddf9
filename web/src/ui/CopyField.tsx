import { useId, useRef, useState } from 'react';
import { copyText } from '../lib/clipboard';

/** A read-only value (a link, a feed URL) with a Copy button and a spoken confirmation. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="copy-row">
        <input id={id} ref={input} readOnly value={value} aria-describedby={hint ? `${id}-hint` : undefined} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            const ok = await copyText(value, input.current);
            setStatus(ok ? 'Copied' : 'Selected: press Ctrl+C to copy');
            window.setTimeout(() => setStatus(''), 4000);
          }}
        >
          Copy<span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
      <p className="copy-status" role="status">
        {status}
      </p>
    </div>
  );
}
