import { useApolloClient, useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { AcceptInvitationDocument, type GoalInput } from '../../../gql/graphql';
import { useRememberViewer } from '../../auth/hooks/useSession';

/** Accepts an invitation; the API logs the person in (cookie), and the shell learns who they are. */
export function useAcceptInvitation() {
  const intl = useIntl();
  const [accept, state] = useMutation(AcceptInvitationDocument);
  const client = useApolloClient();
  const remember = useRememberViewer();
  const run = async (token: string, name: string, password: string | undefined, goal?: GoalInput) => {
    const { data } = await accept({ variables: { input: { token, name: name.trim() || undefined, password, goal } } });
    if (!data) throw new Error(intl.formatMessage({ id: 'invitation.noAnswer', defaultMessage: 'No answer from Beacon' }));
    // a different person may have been logged in on this browser; start clean as the new one
    await client.clearStore();
    remember(data.acceptInvitation.user);
    return data.acceptInvitation.user;
  };
  return [run, state] as const;
}
