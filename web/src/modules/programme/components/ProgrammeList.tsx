import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from '../../../lib/router';
import { common } from '../../../i18n/common';
import { DateTime } from '../../../ui/DateTime';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import { useFocusOnOpen } from '../../../ui/useFocusOnOpen';
import { minimalDefinition } from '../hooks/definition';
import { useCreateProgramme, useProgrammes } from '../hooks/useProgrammes';

/** The certifying body's programmes by code, with whether each has changes waiting to be published. */
export function ProgrammeList() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useProgrammes();
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const programmes = data?.programmes ?? [];
  return (
    <section className="card" aria-labelledby="programmes-heading">
      <div className="list-toolbar">
        <h2 className="card-title" id="programmes-heading">
          <FormattedMessage id="programme.list.heading" defaultMessage="All programmes" />
          {data && <span className="count">{programmes.length}</span>}
        </h2>
        {!creating && (
          <button ref={newButton} type="button" className="button button-primary" onClick={() => setCreating(true)}>
            <FormattedMessage id="programme.list.new" defaultMessage="New programme" />
          </button>
        )}
      </div>
      {creating && (
        <div className="inset">
          <h3 className="inset-title">
            <FormattedMessage id="programme.list.new" defaultMessage="New programme" />
          </h3>
          <NewProgrammeForm
            onCancel={() => {
              setCreating(false);
              setTimeout(() => newButton.current?.focus());
            }}
          />
        </div>
      )}
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'programme.list.loading', defaultMessage: 'Loading programmes…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'programme.list.loadFailed', defaultMessage: 'Programmes could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        <DataTable
          name={{
            caption: intl.formatMessage({
              id: 'programme.list.caption',
              defaultMessage: 'Programmes with their weeks, latest version and unpublished changes',
            }),
          }}
          columns={[
            intl.formatMessage({ id: 'programme.list.colCode', defaultMessage: 'Code' }),
            intl.formatMessage({ id: 'programme.list.colTitle', defaultMessage: 'Title' }),
            intl.formatMessage({ id: 'programme.list.colWeeks', defaultMessage: 'Weeks' }),
            intl.formatMessage({ id: 'programme.list.colLatest', defaultMessage: 'Latest version' }),
            intl.formatMessage({ id: 'programme.list.colDraft', defaultMessage: 'Draft' }),
          ]}
          rows={programmes}
          rowKey={(p) => p.id}
          renderRow={(p) => (
            <tr>
              <td>
                <span className="code">{p.code}</span>
              </td>
              <th scope="row">
                <Link className="cell-link" to={`/admin/programmes/${p.id}`}>
                  {p.title}
                </Link>
              </th>
              <td>{intl.formatNumber(p.weeks)}</td>
              <td>
                {p.latestVersion ? (
                  <>
                    <span className="cell-strong">
                      <FormattedMessage
                        id="programme.list.version"
                        defaultMessage="Version {version}"
                        values={{ version: p.latestVersion.version }}
                      />
                    </span>
                    <span className="cell-sub">
                      <FormattedMessage
                        id="programme.list.publishedOn"
                        defaultMessage="published {date}"
                        values={{ date: <DateTime value={p.latestVersion.publishedAt} dateOnly /> }}
                      />
                    </span>
                  </>
                ) : (
                  <span className="muted">
                    <FormattedMessage id="programme.list.notPublished" defaultMessage="Not published" />
                  </span>
                )}
              </td>
              <td>
                {p.hasUnpublishedChanges ? (
                  <span className="pill pill-queued">
                    <FormattedMessage id="programme.list.unpublishedChanges" defaultMessage="Unpublished changes" />
                  </span>
                ) : (
                  <span className="pill pill-sent">
                    <FormattedMessage id="programme.list.published" defaultMessage="Published" />
                  </span>
                )}
                {p.draftProblems.length > 0 && (
                  <span className="cell-sub">
                    <FormattedMessage
                      id="programme.list.problems"
                      defaultMessage="{count, plural, one {# problem} other {# problems}} to fix"
                      values={{ count: p.draftProblems.length }}
                    />
                  </span>
                )}
              </td>
            </tr>
          )}
          empty={
            <EmptyState title={intl.formatMessage({ id: 'programme.list.emptyTitle', defaultMessage: 'No programmes yet' })}>
              <FormattedMessage
                id="programme.list.emptyText"
                defaultMessage="Define the first programme: its weeks, content, assignments, sessions and credential."
              />
            </EmptyState>
          }
        />
      )}
    </section>
  );
}

/** Starts a programme from a one-week definition; the rest is written in its editor. */
function NewProgrammeForm({ onCancel }: { onCancel: () => void }) {
  const intl = useIntl();
  const [create, { loading }] = useCreateProgramme();
  const codeField = useFocusOnOpen<HTMLInputElement>();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await create({ variables: { input: minimalDefinition(code.trim(), title.trim(), intl) } });
      if (data) navigate(`/admin/programmes/${data.createProgramme.id}?edit=1`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      {error != null && (
        <div className="span-all">
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'programme.list.createFailed', defaultMessage: 'The programme was not created' })}
          />
        </div>
      )}
      <TextField
        label={intl.formatMessage({ id: 'programme.list.code', defaultMessage: 'Code' })}
        required
        ref={codeField}
        pattern="[A-Z][A-Z0-9\-]{1,15}"
        hint={intl.formatMessage({ id: 'programme.list.codeHint', defaultMessage: '2–16 capital letters, digits or dashes, e.g. COIM.' })}
        value={code}
        onChange={(e) => setCode(e.target.value.toUpperCase())}
      />
      <TextField
        label={intl.formatMessage({ id: 'programme.list.title', defaultMessage: 'Title' })}
        required
        minLength={2}
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <p className="field-hint span-all">
        <FormattedMessage
          id="programme.list.startsAs"
          defaultMessage="It starts as a one-week draft with a welcome tutorial and one live session; nothing is published until you say so."
        />
      </p>
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading
            ? intl.formatMessage({ id: 'programme.list.creating', defaultMessage: 'Creating…' })
            : intl.formatMessage({ id: 'programme.list.create', defaultMessage: 'Create programme' })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          <FormattedMessage {...common.cancel} />
        </button>
      </div>
    </form>
  );
}
