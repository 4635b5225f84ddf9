import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from '../../../lib/router';
import { LogoutDocument, MeDocument, type ViewerFieldsFragment } from '../../../gql/graphql';

/** Puts the person who just logged in (or accepted an invitation) where the shell reads them. */
export function useRememberViewer() {
  const client = useApolloClient();
  return (user: ViewerFieldsFragment) => {
    client.writeQuery({ query: MeDocument, data: { me: user } });
  };
}

export function useLogout() {
  const [logout, state] = useMutation(LogoutDocument);
  const client = useApolloClient();
  const navigate = useNavigate();
  const run = async () => {
    try {
      await logout();
    } finally {
      // leave nothing of this person behind, even when the session had already ended
      await client.clearStore();
      navigate('/login', { replace: true, state: { loggedOut: true } });
    }
  };
  return [run, state] as const;
}
