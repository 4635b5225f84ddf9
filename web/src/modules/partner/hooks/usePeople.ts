import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { InvitationsDocument, InviteDocument, MembersDocument, RemoveMemberDocument, RevokeInvitationDocument, type Role } from '../../../gql/graphql';

export const PEOPLE_PAGE = 100;

/** One role's people in a partner, a page at a time. */
export function useMembers(partnerId: string, role: Role) {
  const query = useQuery(MembersDocument, { variables: { partnerId, role, first: PEOPLE_PAGE, offset: 0 }, notifyOnNetworkStatusChange: true });
  const [hasMore, setHasMore] = useState(true);
  const members = query.data?.members ?? [];
  const showMore = async () => {
    const more = await query.fetchMore({ variables: { offset: members.length } });
    if ((more.data?.members.length ?? 0) < PEOPLE_PAGE) setHasMore(false);
  };
  return { ...query, members, canShowMore: hasMore && members.length >= PEOPLE_PAGE, showMore };
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

export function useRevokeInvitation() {
  return useMutation(RevokeInvitationDocument);
}
