import { useState } from 'react';
import { useIntl } from 'react-intl';
import { LoginDocument } from '../../../gql/graphql';
import { graphqlRequest } from '../../../lib/graphqlRequest';
import { handOverViewer } from '../../../lib/session';

/**
 * Logs in from the login page, which opens without the Apollo client (lib/graphqlRequest); the
 * client, once loaded, starts from the person who logged in (lib/session).
 */
export function useLogin() {
  const intl = useIntl();
  const [loading, setLoading] = useState(false);
  const run = async (email: string, password: string) => {
    setLoading(true);
    try {
      const data = await graphqlRequest(LoginDocument, { email: email.trim(), password });
      if (!data) throw new Error(intl.formatMessage({ id: 'auth.session.noAnswer', defaultMessage: 'No answer from Beacon' }));
      await handOverViewer(data.login.user);
      return data.login.user;
    } finally {
      setLoading(false);
    }
  };
  return [run, { loading }] as const;
}
