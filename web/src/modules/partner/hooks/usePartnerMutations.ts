import { useMutation } from '@apollo/client/react';
import { CreatePartnerDocument, PartnersDocument, UpdatePartnerDocument, type PartnerFieldsFragment } from '../../../gql/graphql';
import { parseCountries, type PartnerFormValues } from './partnerFormValues';

export function useCreatePartner() {
  const [create, state] = useMutation(CreatePartnerDocument, { refetchQueries: [PartnersDocument], awaitRefetchQueries: true });
  const run = async (v: PartnerFormValues): Promise<PartnerFieldsFragment> => {
    const { data } = await create({
      variables: {
        input: {
          name: v.name.trim(),
          slug: v.slug.trim(),
          region: v.region.trim(),
          countries: parseCountries(v.countries),
          timeZone: v.timeZone,
        },
      },
    });
    return data!.createPartner;
  };
  return [run, state] as const;
}

export function useUpdatePartner() {
  const [update, state] = useMutation(UpdatePartnerDocument);
  const run = async (id: string, v: PartnerFormValues): Promise<PartnerFieldsFragment> => {
    const { data } = await update({
      variables: {
        id,
        input: { name: v.name.trim(), region: v.region.trim(), countries: parseCountries(v.countries), timeZone: v.timeZone },
      },
    });
    return data!.updatePartner;
  };
  return [run, state] as const;
}
