import { PlainText } from '../../../ui/PlainText';
import { formatBytes } from '../hooks/labels';
import type { SubmissionView } from '../hooks/useAssignments';

/** What the learner sent: the text, the link and the file, whichever they used. */
export function SubmissionContent({ submission: s }: { submission: Pick<SubmissionView, 'text' | 'link' | 'file' | 'version'> }) {
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
      {!s.text && !s.link && !s.file && <p className="muted">Nothing in this version.</p>}
    </div>
  );
}
