import { FormattedMessage, useIntl } from 'react-intl';
import { PlainText } from '../../../ui/PlainText';
import { formatBytes } from '../hooks/labels';
import type { SubmissionView } from '../hooks/useAssignments';
import { SEPARATOR } from '../hooks/messages';
import { SPACE } from '../../../lib/jsx';

/** What the learner sent: the text, the link and the file, whichever they used. */
export function SubmissionContent({
  submission: s,
  preview,
}: {
  submission: Pick<SubmissionView, 'text' | 'link' | 'file' | 'version'>;
  preview?: boolean;
}) {
  const intl = useIntl();
  return (
    <div className="submission-content">
      {s.text && (
        <div className="submission-text">
          <PlainText text={s.text} />
        </div>
      )}
      {s.link && (
        <p className="submission-part">
          <span className="submission-part-label">
            <FormattedMessage id="grading.submissionContent.link" defaultMessage="Link" />
          </span>
          <a href={s.link} target="_blank" rel="noreferrer noopener" className="submission-link">
            {s.link}
            <span className="visually-hidden">
              {SPACE}
              <FormattedMessage id="grading.submissionContent.opensInNewTab" defaultMessage="(opens in a new tab)" />
            </span>
          </a>
        </p>
      )}
      {s.file && (
        <p className="submission-part">
          <span className="submission-part-label">
            <FormattedMessage id="grading.submissionContent.file" defaultMessage="File" />
          </span>
          <a href={s.file.downloadUrl} download={s.file.filename}>
            <FormattedMessage
              id="grading.submissionContent.download"
              defaultMessage="Download {filename}"
              values={{ filename: s.file.filename }}
            />
          </a>
          <span className="muted">
            {SEPARATOR}
            {formatBytes(intl, s.file.sizeBytes)}
          </span>
        </p>
      )}
      {preview && s.file && <FilePreview file={s.file} />}
      {!s.text && !s.link && !s.file && (
        <p className="muted">
          <FormattedMessage id="grading.submissionContent.empty" defaultMessage="Nothing in this version." />
        </p>
      )}
    </div>
  );
}

/** A PDF or an image shown in the page (the API serves those inline with ?inline=1); other types are only downloaded. */
function FilePreview({ file }: { file: NonNullable<SubmissionView['file']> }) {
  const intl = useIntl();
  const src = `${file.downloadUrl}${file.downloadUrl.includes('?') ? '&' : '?'}inline=1`;
  const label = intl.formatMessage(
    { id: 'grading.submissionContent.preview', defaultMessage: 'Preview of {filename}' },
    { filename: file.filename },
  );
  if (file.contentType === 'application/pdf') {
    return <iframe className="file-preview file-preview-pdf" src={src} title={label} data-testid="file-preview" />;
  }
  if (file.contentType === 'image/png' || file.contentType === 'image/jpeg') {
    return <img className="file-preview file-preview-image" src={src} alt={label} data-testid="file-preview" />;
  }
  return null;
}
