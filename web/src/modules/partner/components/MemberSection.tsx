import { useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import type { Role } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { DateTime } from '../../../ui/DateTime';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { useViewer } from '../../auth/hooks/useViewer';
import { MEMBERS_PAGE, useMembers, useRemoveMember } from '../hooks/usePeople';
import { ROLE_PLURAL_NAME } from '../hooks/roleMessages';

const EMPTY_TEXT = defineMessages({
  PARTNER_ADMIN: { id: 'partner.members.emptyPartnerAdmins', defaultMessage: 'The certifying body appoints partner admins.' },
  COACH: { id: 'partner.members.emptyCoaches', defaultMessage: 'Invite coaches to run live sessions and review work.' },
  LEARNER: { id: 'partner.members.emptyLearners', defaultMessage: 'Invite learners to enrol them in cohorts.' },
});

/** The people holding one role in a partner, with a way to remove them. */
export function MemberSection({ partnerId, role }: { partnerId: string; role: Role }) {
  const intl = useIntl();
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
  const canRemove = (memberUserId: string) =>
    role === 'PARTNER_ADMIN' ? viewer.roles.includes('ADMIN') && memberUserId !== viewer.id : true;
  const searchLabel = intl.formatMessage(
    {
      id: 'partner.members.searchLabel',
      defaultMessage:
        'Search {role, select, PARTNER_ADMIN {partner admins} COACH {coaches} LEARNER {learners} other {admins}} by name or email',
    },
    { role },
  );
  const emptyText = role === 'ADMIN' ? null : EMPTY_TEXT[role];

  return (
    <section className="people-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        <FormattedMessage {...ROLE_PLURAL_NAME[role]} />
        {data && <span className="count">{total}</span>}
      </h3>
      {(total > MEMBERS_PAGE || search) && (
        <div
          className="search-row"
          role="search"
          aria-label={intl.formatMessage(
            {
              id: 'partner.members.searchRegion',
              defaultMessage: 'Search {role, select, PARTNER_ADMIN {partner admins} COACH {coaches} LEARNER {learners} other {admins}}',
            },
            { role },
          )}
        >
          <label className="visually-hidden" htmlFor={`${headingId}-search`}>
            {searchLabel}
          </label>
          <input
            id={`${headingId}-search`}
            type="search"
            placeholder={searchLabel}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(0);
            }}
          />
        </div>
      )}
      {removed && <SuccessNotice>{removed}</SuccessNotice>}
      {removeError != null && (
        <ErrorNotice
          error={removeError}
          title={intl.formatMessage({ id: 'partner.members.removeFailed', defaultMessage: 'Could not remove' })}
        />
      )}
      {loading && !data ? (
        <Loading
          label={intl.formatMessage(
            {
              id: 'partner.members.loading',
              defaultMessage: 'Loading {role, select, PARTNER_ADMIN {partner admins} COACH {coaches} LEARNER {learners} other {admins}}…',
            },
            { role },
          )}
        />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage(
            {
              id: 'partner.members.loadFailed',
              defaultMessage:
                '{role, select, PARTNER_ADMIN {Partner admins} COACH {Coaches} LEARNER {Learners} other {Admins}} could not be loaded',
            },
            { role },
          )}
          onRetry={() => void refetch()}
        />
      ) : members.length === 0 ? (
        search.trim() ? (
          <EmptyState
            title={intl.formatMessage(
              {
                id: 'partner.members.noMatch',
                defaultMessage:
                  'No {role, select, PARTNER_ADMIN {partner admins} COACH {coaches} LEARNER {learners} other {admins}} match “{search}”',
              },
              { role, search: search.trim() },
            )}
          />
        ) : (
          <EmptyState
            title={intl.formatMessage(
              {
                id: 'partner.members.none',
                defaultMessage: 'No {role, select, PARTNER_ADMIN {partner admins} COACH {coaches} LEARNER {learners} other {admins}} yet',
              },
              { role },
            )}
          >
            {emptyText && <FormattedMessage {...emptyText} />}
          </EmptyState>
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
                  <FormattedMessage
                    id="partner.members.emailSince"
                    defaultMessage="{email} · since {date}"
                    values={{ email: <a href={`mailto:${m.email}`}>{m.email}</a>, date: <DateTime value={m.since} dateOnly /> }}
                  />
                </span>
              </span>
              {canRemove(m.userId) && (
                <ConfirmButton
                  label={intl.formatMessage(common.remove)}
                  accessibleLabel={intl.formatMessage(
                    { id: 'partner.members.removeNamed', defaultMessage: 'Remove {name}' },
                    { name: m.name },
                  )}
                  question={intl.formatMessage(
                    {
                      id: 'partner.members.removeQuestion',
                      defaultMessage:
                        'Remove {name} as {role, select, PARTNER_ADMIN {partner admin} COACH {coach} LEARNER {learner} other {admin}}?',
                    },
                    { name: m.name, role },
                  )}
                  confirmLabel={intl.formatMessage(common.remove)}
                  busy={removing}
                  onConfirm={async () => {
                    setRemoveError(null);
                    setRemoved(null);
                    try {
                      await remove({ variables: { id: m.id } });
                      setRemoved(
                        intl.formatMessage(
                          {
                            id: 'partner.members.removed',
                            defaultMessage:
                              '{name} is no longer {role, select, PARTNER_ADMIN {a partner admin} COACH {a coach} LEARNER {a learner} other {an admin}} here.',
                          },
                          { name: m.name, role },
                        ),
                      );
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
        <nav
          className="pager"
          aria-label={intl.formatMessage(
            {
              id: 'partner.members.pages',
              defaultMessage: 'Pages of {role, select, PARTNER_ADMIN {partner admins} COACH {coaches} LEARNER {learners} other {admins}}',
            },
            { role },
          )}
        >
          <p className="muted">
            <FormattedMessage
              id="partner.members.pageSummary"
              defaultMessage="{from, number}–{to, number} of {total, number} · page {page, number} of {pages, number}"
              values={{ from: page * MEMBERS_PAGE + 1, to: Math.min(total, (page + 1) * MEMBERS_PAGE), total, page: page + 1, pages }}
            />
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={page === 0 || loading}
              onClick={() => setPage((p) => p - 1)}
            >
              <FormattedMessage id="partner.members.previousPage" defaultMessage="Previous page" />
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={page + 1 >= pages || loading}
              onClick={() => setPage((p) => p + 1)}
            >
              <FormattedMessage id="partner.members.nextPage" defaultMessage="Next page" />
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
