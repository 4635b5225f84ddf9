import { useSearchParams } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer';

/** The partners the viewer administers, and the one chosen (?partner=, else the first). */
export function usePartnerChoice() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const partners = viewer.memberships.filter((m) => m.role === 'PARTNER_ADMIN' && m.partner).map((m) => m.partner!);
  const chosen = partners.find((p) => p.id === params.get('partner')) ?? partners[0];
  const choose = (id: string) => setParams({ partner: id });
  return { partners, chosen, choose };
}
