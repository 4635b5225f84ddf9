import { useMutationId } from '../hooks/useMutationId';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { common } from '../../../i18n/common';
import type { SubmissionKind } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextAreaField, TextField } from '../../../ui/Field';
import { useSubmitAssignment, type MyAssignment } from '../hooks/useAssignments';
import type { UploadedFile } from '../hooks/useFileUpload';
import { kindsKey } from '../hooks/labels';
import { FileUploadField } from './FileUploadField';

const MAX_TEXT = 50_000;
// an address's beginning, the same in every language
const URL_PLACEHOLDER = 'https://';

/**
 * A (new) version of the learner's answer, offering only the kinds the assignment accepts. A
 * resubmission starts from the last version's text and link, to be edited rather than retyped.
 */
export function SubmissionForm({
  assignment: a,
  onSubmitted,
  onCancel,
}: {
  assignment: MyAssignment;
  onSubmitted: (version: number) => void;
  onCancel?: () => void;
}) {
  const intl = useIntl();
  const latest = a.submissions[0];
  const kinds = new Set<SubmissionKind>(a.submissionKinds);
  const [text, setTextState] = useState(latest?.text ?? '');
  const [link, setLinkState] = useState(latest?.link ?? '');
  const [file, setFileState] = useState<UploadedFile | null>(null);
  // a changed answer is a new intention: it gets its own client mutation id
  const setText = (v: string) => (mutation.renew(), setTextState(v));
  const setLink = (v: string) => (mutation.renew(), setLinkState(v));
  const setFile = (v: UploadedFile | null) => (mutation.renew(), setFileState(v));
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [submit, { loading }] = useSubmitAssignment();
  const mutation = useMutationId();
  const next = (latest?.version ?? 0) + 1;

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setProblem(null);
    const input = {
      enrolmentId: a.enrolmentId,
      week: a.week,
      clientMutationId: mutation.current(),
      ...(kinds.has('TEXT') && text.trim() ? { text } : {}),
      ...(kinds.has('LINK') && link.trim() ? { link: link.trim() } : {}),
      ...(kinds.has('FILE') && file ? { fileId: file.id } : {}),
    };
    if (!input.text && !input.link && !input.fileId) {
      setProblem(
        intl.formatMessage(
          {
            id: 'grading.submissionForm.noAnswer',
            defaultMessage:
              '{kinds, select, TEXT {Add your answer: write it.} LINK {Add your answer: give a link.} FILE {Add your answer: attach a file.} TEXT_LINK {Add your answer: write it, or give a link.} TEXT_FILE {Add your answer: write it, or attach a file.} LINK_FILE {Add your answer: give a link, or attach a file.} other {Add your answer: write it, or give a link, or attach a file.}}',
          },
          { kinds: kindsKey(a.submissionKinds) },
        ),
      );
      return;
    }
    if (!mutation.claim()) return;
    try {
      const { data } = await submit({ variables: { input } });
      mutation.renew();
      if (data) onSubmitted(data.submitAssignment.version);
    } catch (err) {
      setError(err);
    } finally {
      mutation.release();
    }
  };

  return (
    <form className="stack submission-form" onSubmit={send}>
      {a.submissionKinds.length > 1 && (
        <p className="field-hint">
          <FormattedMessage id="grading.submissionForm.severalKinds" defaultMessage="Use any of these, or several together." />
        </p>
      )}
      {kinds.has('TEXT') && (
        <TextAreaField
          label={intl.formatMessage({ id: 'grading.submissionForm.answer', defaultMessage: 'Your answer' })}
          hint={
            latest?.text
              ? intl.formatMessage(
                  {
                    id: 'grading.submissionForm.answerPrefilled',
                    defaultMessage: 'Version {version, number}’s text is filled in: edit it for version {next, number}.',
                  },
                  { version: latest.version, next },
                )
              : intl.formatMessage({
                  id: 'grading.submissionForm.answerHint',
                  defaultMessage: 'Plain text; leave a blank line between paragraphs.',
                })
          }
          rows={12}
          maxLength={MAX_TEXT}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      {kinds.has('LINK') && (
        <TextField
          label={intl.formatMessage({ id: 'grading.submissionForm.link', defaultMessage: 'Link to your work' })}
          type="url"
          inputMode="url"
          placeholder={URL_PLACEHOLDER}
          hint={intl.formatMessage({
            id: 'grading.submissionForm.linkHint',
            defaultMessage: 'A full address starting with https://, e.g. a shared document your coach can open.',
          })}
          maxLength={2000}
          value={link}
          onChange={(e) => setLink(e.target.value)}
        />
      )}
      {kinds.has('FILE') && (
        <>
          <FileUploadField onChange={setFile} onUploading={setUploading} disabled={loading} />
          {latest?.file && !file && (
            <p className="field-hint">
              <FormattedMessage
                id="grading.submissionForm.fileNotCarried"
                defaultMessage="Version {version, number}’s file ({filename}) is not carried over: attach it again if it belongs to this version."
                values={{ version: latest.version, filename: latest.file.filename }}
              />
            </p>
          )}
        </>
      )}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'grading.submissionForm.failed', defaultMessage: 'Your work was not submitted' })}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={loading || uploading}>
          {loading
            ? intl.formatMessage({ id: 'grading.submissionForm.submitting', defaultMessage: 'Submitting…' })
            : next === 1
              ? intl.formatMessage({ id: 'grading.submissionForm.submitFirst', defaultMessage: 'Submit your work' })
              : intl.formatMessage(
                  { id: 'grading.submissionForm.submitVersion', defaultMessage: 'Submit version {version, number}' },
                  { version: next },
                )}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            <FormattedMessage {...common.cancel} />
          </button>
        )}
      </div>
    </form>
  );
}
