import { NavLink } from 'react-router';

/**
 * The partner's sections with the partner chosen carried along, for those who choose between
 * several partners (admins, or partner admins of several); the main menu serves everyone else.
 */
export function PartnerTabs({ partnerId, several }: { partnerId: string; several: boolean }) {
  if (!several) return null;
  const q = `?partner=${encodeURIComponent(partnerId)}`;
  const cls = ({ isActive }: { isActive: boolean }) => (isActive ? 'tab active' : 'tab');
  return (
    <nav className="tabs" aria-label="Partner sections">
      <NavLink end to={`/partner${q}`} className={cls}>
        Outcomes
      </NavLink>
      <NavLink to={`/partner/cohorts${q}`} className={cls}>
        Cohorts
      </NavLink>
      <NavLink to={`/partner/people${q}`} className={cls}>
        People
      </NavLink>
    </nav>
  );
}
