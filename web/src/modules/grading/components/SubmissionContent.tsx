import { PlainText } from '../../../ui/PlainText';
import { formatBytes } from '../hooks/labels';
import type { SubmissionView } from '../hooks/useAssignments';

/** What the learner sent: the text, the link and the file, whichever they used. */
export function SubmissionContent({ submission: s, preview }: { submission: Pick<SubmissionView, 'text' | 'link' | 'file' | 'version'>; preview?: boolean }) {
  return (
    <div className="submission-content">
      {s.text && (
        <div className="submission-text">
          <PlainText text={s.text} />
        </div>
      )}
      {s.link && (
        <p className="submission-part">
          <span className="submission-part-label">Link</span>
          <a href={s.link} target="_blank" rel="noreferrer noopener" className="submission-link">
            {s.link}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      {s.file && (
        <p className="submission-part">
          <span className="submission-part-label">File</span>
          <a href={s.file.downloadUrl} download={s.file.filename}>
            Download {s.file.filename}
          </a>
          <span className="muted"> · {formatBytes(s.file.sizeBytes)}</span>
        </p>
      )}
      {preview && s.file && <FilePreview file={s.file} />}
      {!s.text && !s.link && !s.file && <p className="muted">Nothing in this version.</p>}
    </div>
  );
}

/** A PDF or an image shown in the page (the API serves those inline with ?inline=1); other types are only downloaded. */
function FilePreview({ file }: { file: NonNullable<SubmissionView['file']> }) {
  const src = `${file.downloadUrl}${file.downloadUrl.includes('?') ? '&' : '?'}inline=1`;
  if (file.contentType === 'application/pdf') {
    return <iframe className="file-preview file-preview-pdf" src={src} title={`Preview of ${file.filename}`} data-testid="file-preview" />;
  }
  if (file.contentType === 'image/png' || file.contentType === 'image/jpeg') {
    return <img className="file-preview file-preview-image" src={src} alt={`Preview of ${file.filename}`} data-testid="file-preview" />;
  }
  return null;
}
