import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateProgrammeDocument,
  ProgrammeDocument,
  ProgrammesDocument,
  PublishProgrammeDocument,
  UpdateProgrammeDraftDocument,
} from '../../../gql/graphql';

export function useProgrammes() {
  return useQuery(ProgrammesDocument, { variables: { first: 100, offset: 0 }, fetchPolicy: 'cache-and-network' });
}

export function useProgramme(id: string) {
  return useQuery(ProgrammeDocument, { variables: { id } });
}

export function useCreateProgramme() {
  return useMutation(CreateProgrammeDocument, { refetchQueries: [ProgrammesDocument] });
}

export function useUpdateProgrammeDraft() {
  return useMutation(UpdateProgrammeDraftDocument);
}

/** Publishing changes the latest version and clears "unpublished changes": the programme is read again. */
export function usePublishProgramme() {
  return useMutation(PublishProgrammeDocument, { refetchQueries: [ProgrammeDocument, ProgrammesDocument], awaitRefetchQueries: true });
}
