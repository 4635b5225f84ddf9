import { useQuery } from '@apollo/client/react';
import { defineMessages } from 'react-intl';
import { useSearchParams } from '../../../lib/router';
import { PartnersDocument } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';

/** What the partner pages say while the partners to choose from load, or when they do not. */
export const partnerChoiceMessages = defineMessages({
  loading: { id: 'partner.choice.loading', defaultMessage: 'Loading partners…' },
  loadFailed: { id: 'partner.choice.loadFailed', defaultMessage: 'Partners could not be loaded' },
});

export interface PartnerChoice {
  id: string;
  name: string;
  region: string;
  timeZone: string;
}

/**
 * The partners the viewer administers, and the one chosen (?partner=, else the first). Admins of
 * the certifying body may open any partner's pages, so for them it is every partner.
 */
export function usePartnerChoice() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const isAdmin = viewer.roles.includes('ADMIN');
  const all = useQuery(PartnersDocument, { variables: { first: 100, offset: 0 }, skip: !isAdmin });
  const own: PartnerChoice[] = viewer.memberships.filter((m) => m.role === 'PARTNER_ADMIN' && m.partner).map((m) => m.partner!);
  const partners: PartnerChoice[] = isAdmin ? (all.data?.partners ?? []) : own;
  const chosen = partners.find((p) => p.id === params.get('partner')) ?? partners[0];
  const choose = (id: string) => setParams({ partner: id });
  /** what a link to another partner page carries along (the choice, when there is one to make) */
  const query = chosen && partners.length > 1 ? `?partner=${encodeURIComponent(chosen.id)}` : '';
  return { partners, chosen, choose, query, loading: isAdmin && all.loading && !all.data, error: all.error };
}
