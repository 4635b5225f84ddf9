import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { PartnerDocument, type Role } from '../../../gql/graphql';
import { errorCode } from '../../../lib/errors';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { PageHeader } from '../../../ui/PageHeader';
import { useViewer } from '../../auth/hooks/useViewer';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { MemberSection } from './MemberSection';

const PEOPLE_ROLES: Role[] = ['PARTNER_ADMIN', 'COACH', 'LEARNER'];

/** A partner's people by role, inviting and the invitations still open. */
export function PartnerWorkspace({
  partnerId,
  eyebrow,
  switcher,
  nav,
}: {
  partnerId: string;
  eyebrow: string;
  switcher?: ReactNode;
  nav?: ReactNode;
}) {
  const intl = useIntl();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(PartnerDocument, { variables: { id: partnerId } });
  // partner admins invite coaches and learners; another partner admin comes from the certifying body
  const invitable: Role[] = viewer.roles.includes('ADMIN') ? ['PARTNER_ADMIN', 'COACH', 'LEARNER'] : ['COACH', 'LEARNER'];

  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'partner.workspace.loading', defaultMessage: 'Loading partner…' })} />;
  if (error || !data) {
    return (
      <>
        <PageHeader
          title={
            errorCode(error) === 'NOT_FOUND'
              ? intl.formatMessage({ id: 'partner.workspace.notFound', defaultMessage: 'Partner not found' })
              : intl.formatMessage({ id: 'partner.workspace.title', defaultMessage: 'Partner' })
          }
          eyebrow={eyebrow}
        />
        <ErrorNotice error={error} onRetry={errorCode(error) === 'NOT_FOUND' ? undefined : () => void refetch()} />
      </>
    );
  }
  const partner = data.partner;
  return (
    <>
      <PageHeader title={partner.name} eyebrow={eyebrow} actions={switcher}>
        <p>
          {partner.countries.length > 0
            ? intl.formatMessage(
                { id: 'partner.workspace.factsCountries', defaultMessage: '{region} · default time zone {zone} · {countries}' },
                { region: partner.region, zone: partner.timeZone.replaceAll('_', ' '), countries: partner.countries.join(', ') },
              )
            : intl.formatMessage(
                { id: 'partner.workspace.facts', defaultMessage: '{region} · default time zone {zone}' },
                { region: partner.region, zone: partner.timeZone.replaceAll('_', ' ') },
              )}
        </p>
      </PageHeader>
      {nav}
      <div className="workspace">
        <Card
          title={intl.formatMessage({ id: 'partner.workspace.people', defaultMessage: 'People' })}
          description={intl.formatMessage({
            id: 'partner.workspace.peopleDescription',
            defaultMessage: 'Everyone holding a role in this partner.',
          })}
          className="workspace-main"
        >
          {PEOPLE_ROLES.map((role) => (
            <MemberSection key={role} partnerId={partner.id} role={role} />
          ))}
        </Card>
        <div className="workspace-side">
          <Card
            title={intl.formatMessage({ id: 'partner.workspace.invite', defaultMessage: 'Invite someone' })}
            description={intl.formatMessage({
              id: 'partner.workspace.inviteDescription',
              defaultMessage: 'They get an email with a link to set their password.',
            })}
          >
            <InviteForm partnerId={partner.id} partnerName={partner.name} roles={invitable} />
          </Card>
          <Card title={intl.formatMessage({ id: 'partner.workspace.invitations', defaultMessage: 'Invitations' })}>
            <InvitationList partnerId={partner.id} />
          </Card>
        </div>
      </div>
    </>
  );
}
