import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink } from '../../../lib/router';

/**
 * The partner's sections with the partner chosen carried along, for those who choose between
 * several partners (admins, or partner admins of several); the main menu serves everyone else.
 */
export function PartnerTabs({ partnerId, several }: { partnerId: string; several: boolean }) {
  const intl = useIntl();
  if (!several) return null;
  const q = `?partner=${encodeURIComponent(partnerId)}`;
  const cls = ({ isActive }: { isActive: boolean }) => (isActive ? 'tab active' : 'tab');
  return (
    <nav className="tabs" aria-label={intl.formatMessage({ id: 'partner.tabs.label', defaultMessage: 'Partner sections' })}>
      <NavLink end to={`/partner${q}`} className={cls}>
        <FormattedMessage id="partner.tabs.outcomes" defaultMessage="Outcomes" />
      </NavLink>
      <NavLink to={`/partner/cohorts${q}`} className={cls}>
        <FormattedMessage id="partner.tabs.cohorts" defaultMessage="Cohorts" />
      </NavLink>
      <NavLink to={`/partner/people${q}`} className={cls}>
        <FormattedMessage id="partner.tabs.people" defaultMessage="People" />
      </NavLink>
    </nav>
  );
}
