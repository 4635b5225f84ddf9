import { NavLink } from 'react-router';

/** The partner admin's sections; the partner chosen (when they run several) travels along. */
export function PartnerTabs({ partnerId, several }: { partnerId: string; several: boolean }) {
  const q = several ? `?partner=${encodeURIComponent(partnerId)}` : '';
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
