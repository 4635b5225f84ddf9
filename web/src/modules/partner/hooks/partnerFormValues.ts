import type { PartnerFieldsFragment } from '../../../gql/graphql';

export interface PartnerFormValues {
  name: string;
  slug: string;
  region: string;
  countries: string;
  timeZone: string;
}

export const emptyPartnerForm: PartnerFormValues = { name: '', slug: '', region: '', countries: '', timeZone: '' };

export function partnerToForm(p: PartnerFieldsFragment): PartnerFormValues {
  return { name: p.name, slug: p.slug, region: p.region, countries: p.countries.join(', '), timeZone: p.timeZone };
}

/** "za, ng  KE" → ["ZA", "NG", "KE"]; the API checks they are ISO codes. */
export function parseCountries(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/** "Outside-In Africa" → "outside-in-africa": the slug the form suggests until someone edits it. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
