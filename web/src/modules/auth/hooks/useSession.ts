import { useApolloClient, useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { LoginDocument, LogoutDocument, MeDocument, type ViewerFieldsFragment } from '../../../gql/graphql';

/** Puts the person who just logged in (or accepted an invitation) where the shell reads them. */
export function useRememberViewer() {
  const client = useApolloClient();
  return (user: ViewerFieldsFragment) => {
    client.writeQuery({ query: MeDocument, data: { me: user } });
  };
}

export function useLogin() {
  const [login, state] = useMutation(LoginDocument);
  const remember = useRememberViewer();
  const client = useApolloClient();
  const intl = useIntl();
  const run = async (email: string, password: string) => {
    // whatever another account left in the cache is not this person's to see
    await client.clearStore();
    const { data } = await login({ variables: { email: email.trim(), password } });
    if (!data) throw new Error(intl.formatMessage({ id: 'auth.session.noAnswer', defaultMessage: 'No answer from Beacon' }));
    remember(data.login.user);
    return data.login.user;
  };
  return [run, state] as const;
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
