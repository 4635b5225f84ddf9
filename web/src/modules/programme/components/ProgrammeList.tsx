import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DateTime } from '../../../ui/DateTime';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import { minimalDefinition } from '../hooks/definition';
import { useCreateProgramme, useProgrammes } from '../hooks/useProgrammes';

/** The certifying body's programmes by code, with whether each has changes waiting to be published. */
export function ProgrammeList() {
  const { data, loading, error, refetch } = useProgrammes();
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const programmes = data?.programmes ?? [];
  return (
    <section className="card" aria-labelledby="programmes-heading">
      <div className="list-toolbar">
        <h2 className="card-title" id="programmes-heading">
          All programmes{data && <span className="count">{programmes.length}</span>}
        </h2>
        {!creating && (
          <button ref={newButton} type="button" className="button button-primary" onClick={() => setCreating(true)}>
            New programme
          </button>
        )}
      </div>
      {creating && (
        <div className="inset">
          <h3 className="inset-title">New programme</h3>
          <NewProgrammeForm
            onCancel={() => {
              setCreating(false);
              setTimeout(() => newButton.current?.focus());
            }}
          />
        </div>
      )}
      {loading && !data ? (
        <Loading label="Loading programmes…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Programmes could not be loaded" onRetry={() => void refetch()} />
      ) : (
        <DataTable
          name={{ caption: 'Programmes with their weeks, latest version and unpublished changes' }}
          columns={['Code', 'Title', 'Weeks', 'Latest version', 'Draft']}
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
              <td>{p.weeks}</td>
              <td>
                {p.latestVersion ? (
                  <>
                    <span className="cell-strong">Version {p.latestVersion.version}</span>
                    <span className="cell-sub">
                      published <DateTime value={p.latestVersion.publishedAt} dateOnly />
                    </span>
                  </>
                ) : (
                  <span className="muted">Not published</span>
                )}
              </td>
              <td>
                {p.hasUnpublishedChanges ? <span className="pill pill-queued">Unpublished changes</span> : <span className="pill pill-sent">Published</span>}
                {p.draftProblems.length > 0 && <span className="cell-sub">{p.draftProblems.length === 1 ? '1 problem' : `${p.draftProblems.length} problems`} to fix</span>}
              </td>
            </tr>
          )}
          empty={<EmptyState title="No programmes yet">Define the first programme: its weeks, content, assignments, sessions and credential.</EmptyState>}
        />
      )}
    </section>
  );
}

/** Starts a programme from a one-week definition; the rest is written in its editor. */
function NewProgrammeForm({ onCancel }: { onCancel: () => void }) {
  const [create, { loading }] = useCreateProgramme();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await create({ variables: { input: minimalDefinition(code.trim(), title.trim()) } });
      if (data) navigate(`/admin/programmes/${data.createProgramme.id}?edit=1`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      {error != null && (
        <div className="span-all">
          <ErrorNotice error={error} title="The programme was not created" />
        </div>
      )}
      <TextField label="Code" required autoFocus pattern="[A-Z][A-Z0-9\-]{1,15}" hint="2–16 capital letters, digits or dashes, e.g. COIM." value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} />
      <TextField label="Title" required minLength={2} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      <p className="field-hint span-all">It starts as a one-week draft with a welcome tutorial and one live session; nothing is published until you say so.</p>
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create programme'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
