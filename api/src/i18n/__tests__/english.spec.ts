import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  formatInZone,
  pathSummary,
  RISK_REASON_ACTION,
  RISK_REASON_TEXT,
  RISK_REASONS,
  weekRanges,
  type CredentialPath,
} from '@beacon/domain';
import { formatDateTime } from '../format.util.js';
import { pathSummaryIn, riskReasonAction, riskReasonText, weekRangesIn } from '../../outcome/risk-words.util.js';

// The catalogues took over words that @beacon/domain writes in English: English must read as before.
describe('English from the catalogues reads exactly as the English it replaced', () => {
  const weeks = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 });

  it('week ranges ("weeks 2, 3 and 5–7")', () => {
    fc.assert(fc.property(weeks, (w) => weekRangesIn(w, 'en') === weekRanges(w)));
  });

  it('the path to the credential, reachable or not', () => {
    const path = fc.record({
      reachable: fc.boolean(),
      attendance: fc.record({ toAttend: fc.nat(12), remaining: fc.nat(12), reachable: fc.boolean() }),
      weeksToPass: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 7 }),
      weeksLost: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 4 }),
      coachingToHold: fc.nat(3),
      coachingBooked: fc.nat(3),
    });
    fc.assert(fc.property(path, (p: Omit<CredentialPath, 'summary'>) => pathSummaryIn(p, 'en') === pathSummary(p)));
  });

  it('risk reasons and what to do about them', () => {
    for (const r of RISK_REASONS) {
      expect(riskReasonText(r, 'en')).toBe(RISK_REASON_TEXT[r]);
      expect(riskReasonAction(r, 'en')).toBe(RISK_REASON_ACTION[r]);
    }
  });

  it('moments in the reader’s zone ("Tue 3 Nov, 10:00 GMT+2")', () => {
    const at = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true });
    const zone = fc.constantFrom('UTC', 'Africa/Johannesburg', 'Europe/London', 'America/Sao_Paulo', 'Asia/Kolkata', 'America/New_York');
    fc.assert(fc.property(at, zone, (d, z) => formatDateTime(d, 'en', z) === formatInZone(d, z)));
  });

  it('speaks French, Spanish, Portuguese and Arabic too', () => {
    expect(weekRangesIn([4, 5, 6, 7, 9], 'fr')).toBe('semaines 4–7 et 9');
    expect(
      pathSummaryIn(
        {
          reachable: true,
          attendance: { toAttend: 2, remaining: 5, reachable: true },
          weeksToPass: [3],
          weeksLost: [],
          coachingToHold: 1,
          coachingBooked: 0,
        },
        'es',
      ),
    ).toBe('Todavía es alcanzable: asistir a 2 de las 5 sesiones restantes, aprobar la semana 3 y realizar 1 sesión de coaching.');
    expect(
      pathSummaryIn(
        {
          reachable: false,
          attendance: { toAttend: 0, remaining: 2, reachable: true },
          weeksToPass: [2, 3],
          weeksLost: [2, 3],
          coachingToHold: 0,
          coachingBooked: 0,
        },
        'pt',
      ),
    ).toBe('Não é mais alcançável: as semanas 2 e 3 não podem mais ser aprovadas. Converse com seu coach sobre as opções.');
    expect(
      pathSummaryIn(
        {
          reachable: true,
          attendance: { toAttend: 0, remaining: 0, reachable: true },
          weeksToPass: [],
          weeksLost: [],
          coachingToHold: 0,
          coachingBooked: 0,
        },
        'ar',
      ),
    ).toBe('تم استيفاء جميع المتطلبات.');
  });
});
