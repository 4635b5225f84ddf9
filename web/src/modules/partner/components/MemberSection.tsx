import { useState } from 'react';
import type { Role } from '../../../gql/graphql';
import { ROLE_LABEL, ROLE_PLURAL, withArticle } from '../../../lib/roles';
import { DateTime } from '../../../ui/DateTime';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { useViewer } from '../../auth/hooks/useViewer';
import { MEMBERS_PAGE, useMembers, useRemoveMember } from '../hooks/usePeople';

const EMPTY_TEXT: Partial<Record<Role, string>> = {
  PARTNER_ADMIN: 'The certifying body appoints partner admins.',
  COACH: 'Invite coaches to run live sessions and review work.',
  LEARNER: 'Invite learners to enrol them in cohorts.',
};

/** The people holding one role in a partner, with a way to remove them. */
export function MemberSection({ partnerId, role }: { partnerId: string; role: Role }) {
  const viewer = useViewer();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const { members, total, loading, error, data, refetch } = useMembers(partnerId, role, search, page);
  const pages = Math.max(1, Math.ceil(total / MEMBERS_PAGE));
  const [remove, { loading: removing }] = useRemoveMember();
  const [removeError, setRemoveError] = useState<unknown>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const headingId = `people-${role.toLowerCase()}`;
  // partner admins are appointed by the certifying body, so only admins may remove them
  const canRemove = (memberUserId: string) => (role === 'PARTNER_ADMIN' ? viewer.roles.includes('ADMIN') && memberUserId !== viewer.id : true);

  return (
    <section className="people-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        {ROLE_PLURAL[role]}
        {data && <span className="count">{total}</span>}
      </h3>
      {(total > MEMBERS_PAGE || search) && (
        <div className="search-row" role="search" aria-label={`Search ${ROLE_PLURAL[role].toLowerCase()}`}>
          <label className="visually-hidden" htmlFor={`${headingId}-search`}>
            Search {ROLE_PLURAL[role].toLowerCase()} by name or email
          </label>
          <input
            id={`${headingId}-search`}
            type="search"
            placeholder={`Search ${ROLE_PLURAL[role].toLowerCase()} by name or email`}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(0);
            }}
          />
        </div>
      )}
      {removed && <SuccessNotice>{removed}</SuccessNotice>}
      {removeError != null && <ErrorNotice error={removeError} title="Could not remove" />}
      {loading && !data ? (
        <Loading label={`Loading ${ROLE_PLURAL[role].toLowerCase()}…`} />
      ) : error && !data ? (
        <ErrorNotice error={error} title={`${ROLE_PLURAL[role]} could not be loaded`} onRetry={() => void refetch()} />
      ) : members.length === 0 ? (
        search.trim() ? (
          <EmptyState title={`No ${ROLE_PLURAL[role].toLowerCase()} match “${search.trim()}”`} />
        ) : (
          <EmptyState title={`No ${ROLE_PLURAL[role].toLowerCase()} yet`}>{EMPTY_TEXT[role]}</EmptyState>
        )
      ) : (
        <ul className="people-list">
          {members.map((m) => (
            <li key={m.id} className="person">
              <span className="avatar" aria-hidden="true">
                {initials(m.name)}
              </span>
              <span className="person-main">
                <span className="person-name">{m.name}</span>
                <span className="person-meta">
                  <a href={`mailto:${m.email}`}>{m.email}</a> · since <DateTime value={m.since} dateOnly />
                </span>
              </span>
              {canRemove(m.userId) && (
                <ConfirmButton
                  label="Remove"
                  accessibleLabel={`Remove ${m.name}`}
                  question={`Remove ${m.name} as ${ROLE_LABEL[role].toLowerCase()}?`}
                  confirmLabel="Remove"
                  busy={removing}
                  onConfirm={async () => {
                    setRemoveError(null);
                    setRemoved(null);
                    try {
                      await remove({ variables: { id: m.id } });
                      setRemoved(`${m.name} is no longer ${withArticle(role)} here.`);
                    } catch (e) {
                      setRemoveError(e);
                    }
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {total > MEMBERS_PAGE && (
        <nav className="pager" aria-label={`Pages of ${ROLE_PLURAL[role].toLowerCase()}`}>
          <p className="muted">
            {page * MEMBERS_PAGE + 1}–{Math.min(total, (page + 1) * MEMBERS_PAGE)} of {total} · page {page + 1} of {pages}
          </p>
          <div className="form-actions">
            <button type="button" className="button button-secondary button-small" disabled={page === 0 || loading} onClick={() => setPage((p) => p - 1)}>
              Previous page
            </button>
            <button type="button" className="button button-secondary button-small" disabled={page + 1 >= pages || loading} onClick={() => setPage((p) => p + 1)}>
              Next page
            </button>
          </div>
        </nav>
      )}
    </section>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1][0] ?? '') : '')).toUpperCase();
}
