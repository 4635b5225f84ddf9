import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { createIntl } from 'react-intl';
import type { NetworkOutcomesQuery, PartnerOutcomesQuery } from '../../../gql/graphql';
import { networkOutcomesCsv, partnerOutcomesCsv } from './outcomeCsv';

/** A language's outcome words, from the catalogue file the app loads. */
const intlIn = (locale: 'en' | 'fr' | 'ar') =>
  createIntl({
    locale,
    defaultLocale: 'en',
    messages:
      locale === 'en' ? {} : JSON.parse(readFileSync(new URL(`../../../i18n/catalogues/${locale}/outcome.json`, import.meta.url), 'utf8')),
  });

const measures = {
  certifiedRate: 0.75,
  onTimeRate: null,
  medianDaysToCredential: 84,
  goalReachedRate: 0.6667,
  attendanceRate: 0.912,
  atRisk: 2,
};

const partner: PartnerOutcomesQuery['partnerOutcomes'] = {
  partnerId: 'p1',
  partnerName: 'Outside-In Africa',
  totals: { enrolled: 20, active: 4, withdrawn: 1, certified: 15, ...measures },
  cohorts: [
    {
      cohortId: 'c1',
      cohortName: 'COIM Nairobi, spring',
      startDate: '2026-01-12',
      endDate: '2026-04-03',
      status: 'COMPLETED',
      ended: true,
      programmeCode: 'COIM',
      programmeVersion: 2,
      enrolled: 20,
      active: 4,
      withdrawn: 1,
      certified: 15,
      ...measures,
    },
  ],
};

const network: NetworkOutcomesQuery['networkOutcomes'] = {
  partners: [
    { partnerId: 'p1', partnerName: 'Outside-In Africa', cohorts: 3, enrolled: 20, active: 4, withdrawn: 1, certified: 15, ...measures },
  ],
  median: { enrolled: 20, certified: 15, ...measures },
};

const lines = (csv: string) => csv.split('\r\n');

describe('outcome CSV exports', () => {
  it('a French reader gets French column headers; the values stay machine-readable (fractions, ISO days, status codes)', () => {
    const [header, row] = lines(partnerOutcomesCsv(intlIn('fr'), partner));
    expect(header).toBe(
      'cohorte,début,statut,inscrits,actifs,retirés,certifiés,taux de certification,taux dans les délais,jours médians jusqu’au certificat,taux d’objectif atteint,taux de présence,à risque',
    );
    expect(row).toBe('"COIM Nairobi, spring",2026-01-12,COMPLETED,20,4,1,15,0.75,,84,0.667,0.912,2');
  });

  it('the network export names its median row in the reader’s language', () => {
    const [header, row, median] = lines(networkOutcomesCsv(intlIn('fr'), network));
    expect(header).toBe(
      'partenaire,cohortes,inscrits,certifiés,taux de certification,taux dans les délais,jours médians jusqu’au certificat,taux d’objectif atteint,taux de présence,à risque',
    );
    expect(row).toBe('Outside-In Africa,3,20,15,0.75,,84,0.667,0.912,2');
    expect(median).toBe('médiane du réseau,,20,15,0.75,,84,0.667,0.912,2');
    expect(lines(networkOutcomesCsv(intlIn('ar'), network))[2]).toBe('وسيط الشبكة,,20,15,0.75,,84,0.667,0.912,2');
  });

  it('English keeps the headers the export always had', () => {
    expect(lines(partnerOutcomesCsv(intlIn('en'), partner))[0]).toBe(
      'cohort,start,status,enrolled,active,withdrawn,certified,certified_rate,on_time_rate,median_days_to_credential,goal_reached_rate,attendance_rate,at_risk',
    );
    const englishNetwork = lines(networkOutcomesCsv(intlIn('en'), network));
    expect(englishNetwork[0]).toBe(
      'partner,cohorts,enrolled,certified,certified_rate,on_time_rate,median_days_to_credential,goal_reached_rate,attendance_rate,at_risk',
    );
    expect(englishNetwork[2]).toMatch(/^network median,,/);
  });
});
