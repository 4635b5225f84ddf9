import { useEffect, useId, useRef } from 'react';
import { Meter } from '../../../ui/Meter';
import { formatBytes } from '../hooks/labels';
import { ACCEPTED_FILES, ACCEPT_ATTRIBUTE, uploadErrorTitle, useFileUpload, type UploadedFile } from '../hooks/useFileUpload';

/**
 * A file for the submission, uploaded as soon as it is chosen (with progress), so that
 * submitting only sends its id. The limits are stated up front; the API's refusal is shown
 * with its own reason.
 */
export function FileUploadField({ onChange, onUploading, disabled }: { onChange: (file: UploadedFile | null) => void; onUploading?: (busy: boolean) => void; disabled?: boolean }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { state, upload, reset } = useFileUpload();

  useEffect(() => {
    onChange(state.status === 'done' ? state.file : null);
    onUploading?.(state.status === 'uploading');
  }, [state, onChange, onUploading]);

  const clear = () => {
    reset();
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
  };

  return (
    <div className="field file-field">
      <label htmlFor={id}>File</label>
      <p id={`${id}-hint`} className="field-hint">
        At most 10 MB: {ACCEPTED_FILES}. The type is checked from the file’s content.
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        disabled={disabled || state.status === 'uploading'}
        aria-describedby={`${id}-hint${state.status === 'error' ? ` ${id}-error` : ''}`}
        aria-invalid={state.status === 'error' ? true : undefined}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) upload(f);
          else reset();
        }}
      />
      {state.status === 'uploading' && (
        <div className="upload-progress" role="status">
          <span>
            Uploading {state.filename}… {state.percent} %
          </span>
          <Meter label={`Uploading ${state.filename}`} percent={state.percent} />
        </div>
      )}
      {state.status === 'done' && (
        <div className="upload-done">
          <p role="status">
            <span className="cell-strong">{state.file.filename}</span> uploaded · {formatBytes(state.file.sizeBytes)}
          </p>
          <button type="button" className="button button-secondary button-small" onClick={clear}>
            Remove file<span className="visually-hidden"> {state.file.filename}</span>
          </button>
        </div>
      )}
      {state.status === 'error' && (
        <div id={`${id}-error`} className="notice notice-error" role="alert">
          <p className="notice-title">{uploadErrorTitle(state.reason)}</p>
          <p>{state.message}</p>
          <p>{state.filename} was not attached. Choose another file.</p>
        </div>
      )}
    </div>
  );
}
