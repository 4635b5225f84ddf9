import { useRef, useState, type FormEvent } from 'react';
import type { ImportEnrolmentsMutation } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import { useEnrolLearner, useImportEnrolments, type CohortView } from '../hooks/useCohorts';

/** Enrols one learner by email, or many from a CSV file (all or nothing). */
export function EnrolCard({ cohort }: { cohort: CohortView }) {
  const closed = cohort.status === 'COMPLETED' || cohort.status === 'ARCHIVED';
  return (
    <Card title="Enrol learners" description={`${cohort.seatsTaken} of ${cohort.capacity} seats taken. New people get an email with a link to set their password.`}>
      {closed ? (
        <p className="notice notice-info">This cohort is {cohort.status.toLowerCase()}; learners can no longer be enrolled.</p>
      ) : (
        <>
          <EnrolOneForm cohortId={cohort.id} />
          <CsvImport cohortId={cohort.id} />
        </>
      )}
    </Card>
  );
}

function EnrolOneForm({ cohortId }: { cohortId: string }) {
  const [enrol, { loading }] = useEnrolLearner();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    try {
      const { data } = await enrol({ variables: { input: { cohortId, email: email.trim(), name: name.trim() } } });
      const en = data?.enrolLearner;
      if (en) {
        setDone(
          en.status === 'INVITED'
            ? `${en.learner.name} is enrolled and invited: the email has a link to set a password.`
            : `${en.learner.name} is enrolled; they already have an account and were told by email.`,
        );
      }
      setEmail('');
      setName('');
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="people-section" aria-labelledby={`enrol-one-${cohortId}`}>
      <h3 id={`enrol-one-${cohortId}`} className="section-title">
        One learner
      </h3>
      <form className="stack" onSubmit={submit}>
        {error != null && <ErrorNotice error={error} title="The learner was not enrolled" />}
        {done && <SuccessNotice>{done}</SuccessNotice>}
        <TextField label="Learner’s email" type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextField label="Learner’s full name" required maxLength={120} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        <div>
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? 'Enrolling…' : 'Enrol learner'}
          </button>
        </div>
      </form>
    </section>
  );
}

type ImportResult = ImportEnrolmentsMutation['importEnrolments'];

function CsvImport({ cohortId }: { cohortId: string }) {
  const [run, { loading }] = useImportEnrolments();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setResult(null);
    try {
      const { data } = await run({ variables: { cohortId, csv: file.text } });
      setResult(data?.importEnrolments ?? null);
      if (data && data.importEnrolments.errors.length === 0) {
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
      }
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="people-section" aria-labelledby={`enrol-csv-${cohortId}`}>
      <h3 id={`enrol-csv-${cohortId}`} className="section-title">
        From a CSV file
      </h3>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`csv-${cohortId}`}>CSV file</label>
          <p id={`csv-${cohortId}-hint`} className="field-hint">
            A header line <code>email,name,goal</code>, then one learner per line (the goal is optional). If any line has a problem, nobody is enrolled.
          </p>
          <input
            ref={fileInput}
            id={`csv-${cohortId}`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`csv-${cohortId}-hint`}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              setResult(null);
              setError(null);
              setFile(f ? { name: f.name, text: await f.text() } : null);
            }}
          />
        </div>
        {error != null && <ErrorNotice error={error} title="The file was not imported" />}
        {result && result.errors.length === 0 && <SuccessNotice>{result.enrolled === 1 ? '1 learner enrolled.' : `${result.enrolled} learners enrolled.`}</SuccessNotice>}
        {result && result.errors.length > 0 && (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">Nothing was imported</p>
            <p>Fix {result.errors.length === 1 ? 'this line' : 'these lines'} and upload the file again.</p>
            <DataTable
              name={{ caption: 'Problems in the file, by line' }}
              className="table-compact table-errors"
              wrap={false}
              columns={['Line', 'Problem']}
              rows={result.errors}
              rowKey={(er, i) => `${er.line}-${i}`}
              renderRow={(er) => (
                <tr>
                  <td>{er.line}</td>
                  <td>{er.message}</td>
                </tr>
              )}
            />
          </div>
        )}
        <div>
          <button type="submit" className="button button-secondary" disabled={!file || loading}>
            {loading ? 'Importing…' : 'Import learners'}
          </button>
        </div>
      </form>
    </section>
  );
}
