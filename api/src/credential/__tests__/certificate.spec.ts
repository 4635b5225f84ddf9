import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from '../../test/harness.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const artifacts = join(process.env.BEACON_E2E_ARTIFACTS ?? join(repoRoot, 'artifacts'), 'certificates');

const has = (tool: string) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const poppler = has('pdftoppm') && has('pdftotext');

describe('the graduate downloads a certificate worth framing, in A4 or US Letter', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp();
    const graduate = await t.login('graduate@beacon.test');
    id = (await t.gql(`{ myCredentials { id } }`, {}, { token: graduate })).data!.myCredentials[0].id;
    mkdirSync(artifacts, { recursive: true });
  }, 60_000);
  afterAll(() => t?.close());

  const pdfOf = async (query = '') => {
    const res = await t.beacon
      .http!.getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url: `/credentials/${id}.pdf${query}` });
    return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
  };

  for (const [size, query, points] of [
    ['A4', '', [841.89, 595.28]],
    ['LETTER', '?size=letter', [792, 612]],
  ] as const) {
    it(`${size}: landscape, with the holder, issuer, partner, programme, dates, criteria met, signature line and QR code`, async () => {
      const pdf = await pdfOf(query);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.body.toString('latin1'));
      expect(box && [Number(box[1]), Number(box[2])]).toEqual(points);
      const file = join(artifacts, `certificate-${size.toLowerCase()}.pdf`);
      writeFileSync(file, pdf.body);
      if (!poppler) {
        console.warn('pdftoppm/pdftotext (poppler-utils) not installed: the certificate was not rendered to PNG');
        return;
      }
      // rendered as a viewer would (artefact to look at), and its text as a reader would copy it
      execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', file, file.replace(/\.pdf$/, '')]);
      const png = readFileSync(file.replace(/\.pdf$/, '.png'));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(points.map((p) => Math.ceil(p)));
      // letter-spaced headings come out spaced: compare without whitespace
      const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, '');
      for (const fact of [
        'OUTSIDE-IN CERTIFICATION BOARD',
        'in partnership with Outside-In Africa',
        'Kwame Mensah',
        'Certified Outside-In Master',
        'COIM Accra',
        'CRITERIA MET',
        'Week 7 assignment passed',
        'ISSUED',
        'VALID UNTIL',
        'For Outside-In Certification Board',
        'Scan to verify',
        `/credentials/${id}`,
      ]) {
        expect(text).toContain(fact.replace(/\s+/g, ''));
      }
      expect(text).not.toMatch(/revoked/i);
    });
  }

  describe('in the holder’s language', () => {
    const setLocale = (locale: string) => t.beacon.db.query(`UPDATE "user" SET locale = $1 WHERE email = 'graduate@beacon.test'`, [locale]);
    afterAll(() => setLocale('en'));

    /** The certificate's text as a reader copies it: Arabic presentation forms folded to letters, no whitespace. */
    const textOf = async (name: string) => {
      const pdf = await pdfOf();
      expect(pdf.status).toBe(200);
      const file = join(artifacts, `${name}.pdf`);
      writeFileSync(file, pdf.body);
      return {
        file,
        size: pdf.body.length,
        text: execFileSync('pdftotext', [file, '-']).toString('utf8').normalize('NFKC').replace(/\s+/g, ''),
      };
    };

    (poppler ? it : it.skip)('French labels in French', async () => {
      await setLocale('fr');
      const { text } = await textOf('certificate-fr');
      for (const fact of [
        'Nous certifions que',
        'Kwame Mensah',
        'a obtenu la certification',
        'CRITÈRES REMPLIS',
        'Week 7 assignment passed',
        'Scannez pour vérifier',
      ])
        expect(text).toContain(fact.replace(/\s+/g, ''));
    });

    (poppler ? it : it.skip)(
      'Arabic: Arabic labels in an embedded Arabic font, right to left; names and programme words as written',
      async () => {
        await setLocale('ar');
        const { file, size, text } = await textOf('certificate-ar');
        for (const label of [
          'نشهد بأن',
          'قد حصل على شهادة',
          'بالشراكة مع',
          'المعايير المستوفاة',
          'تاريخ الإصدار',
          'صالحة حتى',
          'التوقيع المعتمد',
          'امسح الرمز للتحقق',
          'معتمد',
        ]) {
          expect(text).toContain(label.replace(/\s+/g, ''));
        }
        for (const fact of [
          'Kwame Mensah',
          'Certified Outside-In Master',
          'COIM Accra',
          'Outside-In Africa',
          'Week 7 assignment passed',
          '2 coaching sessions held',
          `/credentials/${id}`,
        ])
          expect(text).toContain(fact.replace(/\s+/g, ''));
        expect(text).not.toMatch(/This certifies that|CRITERIA MET|Scan to verify/);
        // the Arabic font is embedded as a subset of the glyphs used, not whole
        const pdf = readFileSync(file).toString('latin1');
        expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+Amiri-Regular/);
        expect(size).toBeLessThan(150_000);
        // a picture to look at (letters joined, lines read from the right)
        execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, file.replace(/\.pdf$/, '')]);
      },
    );
  });

  it('refuses another size, and marks a revoked credential', async () => {
    expect((await pdfOf('?size=a3')).status).toBe(400);
    await t.beacon.db.query(`UPDATE credential SET revoked_at = now(), revocation_reason = 'test' WHERE id = $1`, [id]);
    const pdf = await pdfOf();
    const file = join(artifacts, 'certificate-revoked.pdf');
    writeFileSync(file, pdf.body);
    if (poppler) {
      execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', file, file.replace(/\.pdf$/, '')]);
      expect(execFileSync('pdftotext', [file, '-']).toString('utf8')).toContain('This credential has been revoked by its issuer.');
    }
  });
});
