import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { JoinInvitationDocument, type GoalInput } from '../../../gql/graphql';
import { useRememberViewer } from '../../auth/hooks/useSession';

/** Accepts an invitation as the logged-in person; the session goes on with the new role. */
export function useJoinInvitation() {
  const intl = useIntl();
  const [join, state] = useMutation(JoinInvitationDocument);
  const remember = useRememberViewer();
  const run = async (token: string, goal?: GoalInput) => {
    const { data } = await join({ variables: { token, goal } });
    if (!data) throw new Error(intl.formatMessage({ id: 'invitation.noAnswer', defaultMessage: 'No answer from Beacon' }));
    remember(data.joinInvitation);
    return data.joinInvitation;
  };
  return [run, state] as const;
}
