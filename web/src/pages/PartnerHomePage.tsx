import { useSearchParams } from 'react-router';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { PartnerWorkspace } from '../modules/partner/components/PartnerWorkspace';
import { SelectField } from '../ui/Field';
import { EmptyState } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';

/** The partner admin's home: their partner's people and invitations (a picker when they run several). */
export function PartnerHomePage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const partners = viewer.memberships.filter((m) => m.role === 'PARTNER_ADMIN' && m.partner).map((m) => m.partner!);

  if (partners.length === 0) {
    return (
      <>
        <PageHeader title="Partner" eyebrow="Partner admin" />
        <EmptyState title="No partner to administer">Your partner administrator role is not attached to a partner. Ask the certifying body to check your account.</EmptyState>
      </>
    );
  }
  const chosen = partners.find((p) => p.id === params.get('partner')) ?? partners[0];
  const switcher =
    partners.length > 1 ? (
      <SelectField label="Partner" className="field-inline" value={chosen.id} onChange={(e) => setParams({ partner: e.target.value })}>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
    ) : undefined;
  return <PartnerWorkspace key={chosen.id} partnerId={chosen.id} eyebrow="Partner admin" switcher={switcher} />;
}
