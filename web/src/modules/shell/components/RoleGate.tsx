import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import type { Role } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { PageHeader } from '../../../ui/PageHeader';

/** Shows its pages only to holders of the role (and admins, with `alsoAdmin`); anyone else is told so and pointed home. */
export function RoleGate({ role, alsoAdmin = false, children }: { role: Role; alsoAdmin?: boolean; children: ReactNode }) {
  const viewer = useViewer();
  const intl = useIntl();
  if (viewer.roles.includes(role) || (alsoAdmin && viewer.roles.includes('ADMIN'))) return children;
  return (
    <>
      <PageHeader
        title={intl.formatMessage(
          {
            id: 'shell.roleGate.title',
            defaultMessage:
              '{role, select, ADMIN {Admin pages} PARTNER_ADMIN {Partner admin pages} COACH {Coach pages} other {Learner pages}}',
          },
          { role },
        )}
      />
      <div className="notice notice-warning" role="alert">
        <p>
          <FormattedMessage
            id="shell.roleGate.notYours"
            defaultMessage="{role, select, ADMIN {These pages are for admins, and your account is not an admin.} PARTNER_ADMIN {These pages are for partner admins, and your account is not a partner admin.} COACH {These pages are for coaches, and your account is not a coach.} other {These pages are for learners, and your account is not a learner.}}"
            values={{ role }}
          />
        </p>
        <p>
          <Link to="/">
            <FormattedMessage id="shell.roleGate.goHome" defaultMessage="Go to your home" />
          </Link>
        </p>
      </div>
    </>
  );
}
