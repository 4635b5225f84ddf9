import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { PartnersDocument, type PartnerFieldsFragment } from '../../../gql/graphql';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { emptyPartnerForm, partnerToForm } from '../hooks/partnerFormValues';
import { useCreatePartner, useUpdatePartner } from '../hooks/usePartnerMutations';
import { PartnerForm } from './PartnerForm';

const PAGE = 50;

/** The admin's list of partners: add one, edit one, open its people. */
export function PartnerList() {
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnersDocument, { variables: { first: PAGE, offset: 0 }, notifyOnNetworkStatusChange: true });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [createPartner, { loading: saving }] = useCreatePartner();
  const [updatePartner, { loading: updating }] = useUpdatePartner();
  const addButton = useRef<HTMLButtonElement>(null);
  const [hasMore, setHasMore] = useState(true);

  const partners = data?.partners ?? [];

  // back to the row's Edit button, so a keyboard user continues where they were
  const closeEditor = (id: string) => {
    setEditing(null);
    setTimeout(() => document.getElementById(`edit-partner-${id}`)?.focus());
  };

  const header = (
    <div className="list-toolbar">
      <h2 className="card-title" id="partners-heading">
        All partners{data && <span className="count">{partners.length}</span>}
      </h2>
      {!creating && (
        <button
          ref={addButton}
          type="button"
          className="button button-primary"
          onClick={() => {
            setNotice(null);
            setCreating(true);
          }}
        >
          Add partner
        </button>
      )}
    </div>
  );

  return (
    <section className="card" aria-labelledby="partners-heading">
      {header}
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {creating && (
        <div className="inset">
          <h3 className="inset-title">New partner</h3>
          <PartnerForm
            mode="create"
            initial={emptyPartnerForm}
            submitLabel="Create partner"
            busy={saving}
            onCancel={() => {
              setCreating(false);
              setTimeout(() => addButton.current?.focus());
            }}
            onSubmit={async (v) => {
              const p = await createPartner(v);
              setCreating(false);
              setNotice(`${p.name} was created.`);
            }}
          />
        </div>
      )}
      {loading && !data ? (
        <Loading label="Loading partners…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Partners could not be loaded" onRetry={() => void refetch()} />
      ) : (
        <DataTable
          name={{ caption: 'Partners, their region, countries and time zone' }}
          columns={['Name', 'Region', 'Countries', 'Time zone', 'Added', { header: 'Actions', hidden: true }]}
          rows={partners}
          rowKey={(p) => p.id}
          renderRow={(p) =>
            editing === p.id ? (
              <tr className="row-editing">
                <td colSpan={6}>
                  <h3 className="inset-title">Edit {p.name}</h3>
                  <PartnerForm
                    mode="edit"
                    initial={partnerToForm(p)}
                    submitLabel="Save changes"
                    busy={updating}
                    onCancel={() => closeEditor(p.id)}
                    onSubmit={async (v) => {
                      const saved = await updatePartner(p.id, v);
                      closeEditor(p.id);
                      setNotice(`${saved.name} was saved.`);
                    }}
                  />
                </td>
              </tr>
            ) : (
              <PartnerRow partner={p} onEdit={() => { setNotice(null); setEditing(p.id); }} />
            )
          }
          empty={<EmptyState title="No partners yet">Add the first regional partner to let it run its own cohorts.</EmptyState>}
        />
      )}
      {partners.length >= PAGE && hasMore && (
        <button
          type="button"
          className="button button-secondary"
          disabled={loading}
          onClick={async () => {
            const more = await fetchMore({ variables: { offset: partners.length } });
            if ((more.data?.partners.length ?? 0) < PAGE) setHasMore(false);
          }}
        >
          {loading ? 'Loading…' : 'Show more partners'}
        </button>
      )}
    </section>
  );
}

function PartnerRow({ partner: p, onEdit }: { partner: PartnerFieldsFragment; onEdit: () => void }) {
  return (
    <tr>
      <th scope="row">
        <span className="cell-strong">{p.name}</span>
        <span className="cell-sub">{p.slug}</span>
      </th>
      <td>{p.region}</td>
      <td>{p.countries.length ? p.countries.join(', ') : <span className="muted">None listed</span>}</td>
      <td>{p.timeZone.replaceAll('_', ' ')}</td>
      <td>
        <DateTime value={p.createdAt} dateOnly />
      </td>
      <td className="cell-actions">
        <Link className="button button-secondary button-small" to={`/partner/cohorts?partner=${encodeURIComponent(p.id)}`} aria-label={`Cohorts of ${p.name}`}>
          Cohorts
        </Link>
        <Link className="button button-secondary button-small" to={`/admin/partners/${p.id}`} aria-label={`People of ${p.name}`}>
          People
        </Link>
        <button id={`edit-partner-${p.id}`} type="button" className="button button-secondary button-small" onClick={onEdit} aria-label={`Edit ${p.name}`}>
          Edit
        </button>
      </td>
    </tr>
  );
}
