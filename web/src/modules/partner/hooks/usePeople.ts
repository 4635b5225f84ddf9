import { useMutation, useQuery } from '@apollo/client/react';
import {
  InvitationsDocument,
  InviteDocument,
  MembersDocument,
  RemoveMemberDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  type Role,
} from '../../../gql/graphql';

export const PEOPLE_PAGE = 100;
/** people shown per page of a role's list (a partner may have thousands of learners) */
export const MEMBERS_PAGE = 20;

/** One role's people in a partner, a page at a time, narrowed by a search on name or email. */
export function useMembers(partnerId: string, role: Role, search: string, page: number) {
  const query = useQuery(MembersDocument, {
    variables: { partnerId, role, first: MEMBERS_PAGE, offset: page * MEMBERS_PAGE, search: search.trim() || undefined },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const data = query.data ?? query.previousData;
  return { ...query, data, members: data?.members ?? [], total: data?.memberCount ?? 0 };
}

/** The first hundred people of a role, for pickers (assigning a coach). */
export function useMemberChoices(partnerId: string, role: Role) {
  const query = useQuery(MembersDocument, { variables: { partnerId, role, first: PEOPLE_PAGE, offset: 0 } });
  return { ...query, members: query.data?.members ?? [] };
}

export function useRemoveMember() {
  return useMutation(RemoveMemberDocument, {
    update(cache, _result, { variables }) {
      // the lists hold references; once the member is gone they drop out of every list
      if (!variables) return;
      cache.evict({ id: cache.identify({ __typename: 'Member', id: variables.id }) });
      cache.gc();
    },
  });
}

export function useInvitations(partnerId: string) {
  return useQuery(InvitationsDocument, { variables: { partnerId, first: PEOPLE_PAGE, offset: 0 }, notifyOnNetworkStatusChange: true });
}

export function useInvite() {
  // inviting again replaces an earlier pending invitation, so the whole list is read again
  return useMutation(InviteDocument, {
    refetchQueries: [InvitationsDocument],
    awaitRefetchQueries: true,
  });
}

export function useResendInvitation() {
  // the new invitation replaces the old one, so the list is read again
  return useMutation(ResendInvitationDocument, { refetchQueries: [InvitationsDocument], awaitRefetchQueries: true });
}

export function useRevokeInvitation() {
  return useMutation(RevokeInvitationDocument);
}
