import { useMutationId } from '../hooks/useMutationId';
import { useState, type FormEvent } from 'react';
import type { SubmissionKind } from '../../../gql/graphql';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextAreaField, TextField } from '../../../ui/Field';
import { useSubmitAssignment, type MyAssignment } from '../hooks/useAssignments';
import type { UploadedFile } from '../hooks/useFileUpload';
import { FileUploadField } from './FileUploadField';

const MAX_TEXT = 50_000;

/**
 * A (new) version of the learner's answer, offering only the kinds the assignment accepts. A
 * resubmission starts from the last version's text and link, to be edited rather than retyped.
 */
export function SubmissionForm({ assignment: a, onSubmitted, onCancel }: { assignment: MyAssignment; onSubmitted: (version: number) => void; onCancel?: () => void }) {
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
      setProblem(`Add your answer: ${a.submissionKinds.map((k) => ({ TEXT: 'write it', LINK: 'give a link', FILE: 'attach a file' })[k]).join(', or ')}.`);
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
      {a.submissionKinds.length > 1 && <p className="field-hint">Use any of these, or several together.</p>}
      {kinds.has('TEXT') && (
        <TextAreaField
          label="Your answer"
          hint={latest?.text ? `Version ${latest.version}’s text is filled in: edit it for version ${next}.` : 'Plain text; leave a blank line between paragraphs.'}
          rows={12}
          maxLength={MAX_TEXT}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      {kinds.has('LINK') && (
        <TextField
          label="Link to your work"
          type="url"
          inputMode="url"
          placeholder="https://"
          hint="A full address starting with https://, e.g. a shared document your coach can open."
          maxLength={2000}
          value={link}
          onChange={(e) => setLink(e.target.value)}
        />
      )}
      {kinds.has('FILE') && (
        <>
          <FileUploadField onChange={setFile} onUploading={setUploading} disabled={loading} />
          {latest?.file && !file && <p className="field-hint">Version {latest.version}’s file ({latest.file.filename}) is not carried over: attach it again if it belongs to this version.</p>}
        </>
      )}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {error != null && <ErrorNotice error={error} title="Your work was not submitted" />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={loading || uploading}>
          {loading ? 'Submitting…' : next === 1 ? 'Submit your work' : `Submit version ${next}`}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
