import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ImportEnrolmentsMutation } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import { useEnrolLearner, useImportEnrolments, type CohortView } from '../hooks/useCohorts';

/** Enrols one learner by email, or many from a CSV file (all or nothing). */
export function EnrolCard({ cohort }: { cohort: CohortView }) {
  const intl = useIntl();
  const closed = cohort.status === 'COMPLETED' || cohort.status === 'ARCHIVED';
  return (
    <Card
      title={intl.formatMessage({ id: 'cohort.enrolCard.title', defaultMessage: 'Enrol learners' })}
      description={intl.formatMessage(
        {
          id: 'cohort.enrolCard.description',
          defaultMessage:
            '{taken, number} of {capacity, plural, one {# seat} other {# seats}} taken. New people get an email with a link to set their password.',
        },
        { taken: cohort.seatsTaken, capacity: cohort.capacity },
      )}
    >
      {closed ? (
        <p className="notice notice-info">
          <FormattedMessage
            id="cohort.enrolCard.closed"
            defaultMessage="This cohort is {status, select, COMPLETED {completed} other {archived}}; learners can no longer be enrolled."
            values={{ status: cohort.status }}
          />
        </p>
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
  const intl = useIntl();
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
            ? intl.formatMessage(
                {
                  id: 'cohort.enrolCard.enrolledInvited',
                  defaultMessage: '{name} is enrolled and invited: the email has a link to set a password.',
                },
                { name: en.learner.name },
              )
            : intl.formatMessage(
                {
                  id: 'cohort.enrolCard.enrolledExisting',
                  defaultMessage: '{name} is enrolled; they already have an account and were told by email.',
                },
                { name: en.learner.name },
              ),
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
        <FormattedMessage id="cohort.enrolCard.oneHeading" defaultMessage="One learner" />
      </h3>
      <form className="stack" onSubmit={submit}>
        {error != null && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'cohort.enrolCard.enrolFailed', defaultMessage: 'The learner was not enrolled' })}
          />
        )}
        {done && <SuccessNotice>{done}</SuccessNotice>}
        <TextField
          label={intl.formatMessage({ id: 'cohort.enrolCard.email', defaultMessage: 'Learner’s email' })}
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label={intl.formatMessage({ id: 'cohort.enrolCard.fullName', defaultMessage: 'Learner’s full name' })}
          required
          maxLength={120}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <div>
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading
              ? intl.formatMessage({ id: 'cohort.enrolCard.enrolling', defaultMessage: 'Enrolling…' })
              : intl.formatMessage({ id: 'cohort.enrolCard.enrol', defaultMessage: 'Enrol learner' })}
          </button>
        </div>
      </form>
    </section>
  );
}

type ImportResult = ImportEnrolmentsMutation['importEnrolments'];

function CsvImport({ cohortId }: { cohortId: string }) {
  const intl = useIntl();
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
        <FormattedMessage id="cohort.enrolCard.csvHeading" defaultMessage="From a CSV file" />
      </h3>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`csv-${cohortId}`}>
            <FormattedMessage id="cohort.enrolCard.csvFile" defaultMessage="CSV file" />
          </label>
          <p id={`csv-${cohortId}-hint`} className="field-hint">
            <FormattedMessage
              id="cohort.enrolCard.csvHint"
              defaultMessage="A header line <code>email,name,goal</code>, then one learner per line (the goal is optional). If any line has a problem, nobody is enrolled."
              values={{ code: (chunks) => <code>{chunks}</code> }}
            />
          </p>
          <p id={`csv-${cohortId}-goal-hint`} className="field-hint">
            <FormattedMessage
              id="followUp.enrolCard.goalColumnsHint"
              defaultMessage="To make the goal measurable, add any of the optional columns <code>measure</code>, <code>baseline</code>, <code>target</code> and <code>by when</code> (numbers such as 1200 or 12.5, a date such as 2027-06-30). Learners with a goal are asked 90 days after the cohort ends whether they reached it."
              values={{ code: (chunks) => <code>{chunks}</code> }}
            />
          </p>
          <input
            ref={fileInput}
            id={`csv-${cohortId}`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`csv-${cohortId}-hint csv-${cohortId}-goal-hint`}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              setResult(null);
              setError(null);
              setFile(f ? { name: f.name, text: await f.text() } : null);
            }}
          />
        </div>
        {error != null && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'cohort.enrolCard.importFailed', defaultMessage: 'The file was not imported' })}
          />
        )}
        {result && result.errors.length === 0 && (
          <SuccessNotice>
            <FormattedMessage
              id="cohort.enrolCard.imported"
              defaultMessage="{count, plural, one {# learner enrolled.} other {# learners enrolled.}}"
              values={{ count: result.enrolled }}
            />
          </SuccessNotice>
        )}
        {result && result.errors.length > 0 && (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">
              <FormattedMessage id="cohort.enrolCard.nothingImported" defaultMessage="Nothing was imported" />
            </p>
            <p>
              <FormattedMessage
                id="cohort.enrolCard.fixLines"
                defaultMessage="Fix {count, plural, one {this line} other {these lines}} and upload the file again."
                values={{ count: result.errors.length }}
              />
            </p>
            <DataTable
              name={{
                caption: intl.formatMessage({ id: 'cohort.enrolCard.problemsCaption', defaultMessage: 'Problems in the file, by line' }),
              }}
              className="table-compact table-errors"
              wrap={false}
              columns={[
                intl.formatMessage({ id: 'cohort.enrolCard.colLine', defaultMessage: 'Line' }),
                intl.formatMessage({ id: 'cohort.enrolCard.colProblem', defaultMessage: 'Problem' }),
              ]}
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
            {loading
              ? intl.formatMessage({ id: 'cohort.enrolCard.importing', defaultMessage: 'Importing…' })
              : intl.formatMessage({ id: 'cohort.enrolCard.import', defaultMessage: 'Import learners' })}
          </button>
        </div>
      </form>
    </section>
  );
}
