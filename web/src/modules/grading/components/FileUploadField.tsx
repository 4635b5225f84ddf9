import { useEffect, useId, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Meter } from '../../../ui/Meter';
import { formatBytes } from '../hooks/labels';
import { ACCEPT_ATTRIBUTE, uploadErrorTitle, useFileUpload, type UploadedFile } from '../hooks/useFileUpload';

/**
 * A file for the submission, uploaded as soon as it is chosen (with progress), so that
 * submitting only sends its id. The limits are stated up front; the API's refusal is shown
 * with its own reason.
 */
export function FileUploadField({
  onChange,
  onUploading,
  disabled,
}: {
  onChange: (file: UploadedFile | null) => void;
  onUploading?: (busy: boolean) => void;
  disabled?: boolean;
}) {
  const intl = useIntl();
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
      <label htmlFor={id}>
        <FormattedMessage id="grading.fileUpload.label" defaultMessage="File" />
      </label>
      <p id={`${id}-hint`} className="field-hint">
        <FormattedMessage
          id="grading.fileUpload.hint"
          defaultMessage="At most 10 MB: PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx), PNG, JPEG, text (.txt, .md) or ZIP. The type is checked from the file’s content."
        />
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
            <FormattedMessage
              id="grading.fileUpload.uploadingPercent"
              defaultMessage="Uploading {filename}… {percent, number} %"
              values={{ filename: state.filename, percent: state.percent }}
            />
          </span>
          <Meter
            label={intl.formatMessage(
              { id: 'grading.fileUpload.uploading', defaultMessage: 'Uploading {filename}' },
              { filename: state.filename },
            )}
            percent={state.percent}
          />
        </div>
      )}
      {state.status === 'done' && (
        <div className="upload-done">
          <p role="status">
            <FormattedMessage
              id="grading.fileUpload.uploaded"
              defaultMessage="<b>{filename}</b> uploaded · {size}"
              values={{
                filename: state.file.filename,
                size: formatBytes(intl, state.file.sizeBytes),
                b: (chunks) => <span className="cell-strong">{chunks}</span>,
              }}
            />
          </p>
          <button type="button" className="button button-secondary button-small" onClick={clear}>
            <FormattedMessage
              id="grading.fileUpload.removeFile"
              defaultMessage="Remove file<hidden> {filename}</hidden>"
              values={{ filename: state.file.filename, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
            />
          </button>
        </div>
      )}
      {state.status === 'error' && (
        <div id={`${id}-error`} className="notice notice-error" role="alert">
          <p className="notice-title">{uploadErrorTitle(intl, state.reason)}</p>
          <p>{state.message}</p>
          <p>
            <FormattedMessage
              id="grading.fileUpload.notAttached"
              defaultMessage="{filename} was not attached. Choose another file."
              values={{ filename: state.filename }}
            />
          </p>
        </div>
      )}
    </div>
  );
}
