import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../../gql/graphql';
import { ROLE_LABEL, ROLE_PLURAL, withArticle } from '../../../lib/roles';
import { useViewer } from '../../auth/hooks/useViewer';
import { PageHeader } from '../../../ui/PageHeader';

/** Shows its pages only to holders of the role (and admins, with `alsoAdmin`); anyone else is told so and pointed home. */
export function RoleGate({ role, alsoAdmin = false, children }: { role: Role; alsoAdmin?: boolean; children: ReactNode }) {
  const viewer = useViewer();
  if (viewer.roles.includes(role) || (alsoAdmin && viewer.roles.includes('ADMIN'))) return children;
  return (
    <>
      <PageHeader title={`${ROLE_LABEL[role]} pages`} />
      <div className="notice notice-warning" role="alert">
        <p>
          These pages are for {ROLE_PLURAL[role].toLowerCase()}, and your account is not {withArticle(role)}.
        </p>
        <p>
          <Link to="/">Go to your home</Link>
        </p>
      </div>
    </>
  );
}
