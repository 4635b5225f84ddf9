import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { PartnersDocument, type PartnerFieldsFragment } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { emptyPartnerForm, partnerToForm } from '../hooks/partnerFormValues';
import { useCreatePartner, useUpdatePartner } from '../hooks/usePartnerMutations';
import { PartnerForm } from './PartnerForm';

const PAGE = 50;

/** The admin's list of partners: add one, edit one, open its people. */
export function PartnerList() {
  const intl = useIntl();
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnersDocument, {
    variables: { first: PAGE, offset: 0 },
    notifyOnNetworkStatusChange: true,
  });
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
        <FormattedMessage id="partner.list.heading" defaultMessage="All partners" />
        {data && <span className="count">{partners.length}</span>}
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
          <FormattedMessage id="partner.list.add" defaultMessage="Add partner" />
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
          <h3 className="inset-title">
            <FormattedMessage id="partner.list.newTitle" defaultMessage="New partner" />
          </h3>
          <PartnerForm
            mode="create"
            initial={emptyPartnerForm}
            submitLabel={intl.formatMessage({ id: 'partner.list.create', defaultMessage: 'Create partner' })}
            busy={saving}
            onCancel={() => {
              setCreating(false);
              setTimeout(() => addButton.current?.focus());
            }}
            onSubmit={async (v) => {
              const p = await createPartner(v);
              setCreating(false);
              setNotice(intl.formatMessage({ id: 'partner.list.created', defaultMessage: '{name} was created.' }, { name: p.name }));
            }}
          />
        </div>
      )}
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'partner.list.loading', defaultMessage: 'Loading partners…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'partner.list.loadFailed', defaultMessage: 'Partners could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        <DataTable
          name={{
            caption: intl.formatMessage({ id: 'partner.list.caption', defaultMessage: 'Partners, their region, countries and time zone' }),
          }}
          columns={[
            intl.formatMessage({ id: 'partner.list.colName', defaultMessage: 'Name' }),
            intl.formatMessage({ id: 'partner.list.colRegion', defaultMessage: 'Region' }),
            intl.formatMessage({ id: 'partner.list.colCountries', defaultMessage: 'Countries' }),
            intl.formatMessage({ id: 'partner.list.colTimeZone', defaultMessage: 'Time zone' }),
            intl.formatMessage({ id: 'partner.list.colAdded', defaultMessage: 'Added' }),
            { header: intl.formatMessage({ id: 'partner.list.colActions', defaultMessage: 'Actions' }), hidden: true },
          ]}
          rows={partners}
          rowKey={(p) => p.id}
          renderRow={(p) =>
            editing === p.id ? (
              <tr className="row-editing">
                <td colSpan={6}>
                  <h3 className="inset-title">
                    <FormattedMessage id="partner.list.editTitle" defaultMessage="Edit {name}" values={{ name: p.name }} />
                  </h3>
                  <PartnerForm
                    mode="edit"
                    initial={partnerToForm(p)}
                    submitLabel={intl.formatMessage(common.saveChanges)}
                    busy={updating}
                    onCancel={() => closeEditor(p.id)}
                    onSubmit={async (v) => {
                      const saved = await updatePartner(p.id, v);
                      closeEditor(p.id);
                      setNotice(
                        intl.formatMessage({ id: 'partner.list.saved', defaultMessage: '{name} was saved.' }, { name: saved.name }),
                      );
                    }}
                  />
                </td>
              </tr>
            ) : (
              <PartnerRow
                partner={p}
                onEdit={() => {
                  setNotice(null);
                  setEditing(p.id);
                }}
              />
            )
          }
          empty={
            <EmptyState title={intl.formatMessage({ id: 'partner.list.emptyTitle', defaultMessage: 'No partners yet' })}>
              <FormattedMessage
                id="partner.list.emptyText"
                defaultMessage="Add the first regional partner to let it run its own cohorts."
              />
            </EmptyState>
          }
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
          {loading
            ? intl.formatMessage(common.loading)
            : intl.formatMessage({ id: 'partner.list.showMore', defaultMessage: 'Show more partners' })}
        </button>
      )}
    </section>
  );
}

function PartnerRow({ partner: p, onEdit }: { partner: PartnerFieldsFragment; onEdit: () => void }) {
  const intl = useIntl();
  return (
    <tr>
      <th scope="row">
        <span className="cell-strong">{p.name}</span>
        <span className="cell-sub">{p.slug}</span>
      </th>
      <td>{p.region}</td>
      <td>
        {p.countries.length ? (
          p.countries.join(', ')
        ) : (
          <span className="muted">
            <FormattedMessage id="partner.list.noCountries" defaultMessage="None listed" />
          </span>
        )}
      </td>
      <td>{p.timeZone.replaceAll('_', ' ')}</td>
      <td>
        <DateTime value={p.createdAt} dateOnly />
      </td>
      <td className="cell-actions">
        <Link
          className="button button-secondary button-small"
          to={`/partner/cohorts?partner=${encodeURIComponent(p.id)}`}
          aria-label={intl.formatMessage({ id: 'partner.list.cohortsOf', defaultMessage: 'Cohorts of {name}' }, { name: p.name })}
        >
          <FormattedMessage id="partner.list.cohorts" defaultMessage="Cohorts" />
        </Link>
        <Link
          className="button button-secondary button-small"
          to={`/admin/partners/${p.id}`}
          aria-label={intl.formatMessage({ id: 'partner.list.peopleOf', defaultMessage: 'People of {name}' }, { name: p.name })}
        >
          <FormattedMessage id="partner.list.people" defaultMessage="People" />
        </Link>
        <button
          id={`edit-partner-${p.id}`}
          type="button"
          className="button button-secondary button-small"
          onClick={onEdit}
          aria-label={intl.formatMessage({ id: 'partner.list.editTitle', defaultMessage: 'Edit {name}' }, { name: p.name })}
        >
          <FormattedMessage {...common.edit} />
        </button>
      </td>
    </tr>
  );
}
