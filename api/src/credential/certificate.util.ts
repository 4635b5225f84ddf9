import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { intlTag, textDirection, translator, type Locale, type Translator } from '../i18n/i18n.js';
import { formatLongDate } from '../i18n/format.util.js';
import { leftToRightScribe, rightToLeftScribe, type Scribe } from './certificate-text.util.js';

export interface CertificateFacts {
  learnerName: string;
  credentialName: string;
  programmeTitle: string;
  programmeCode: string;
  cohortName: string;
  partnerName: string;
  issuerName: string;
  issuedAt: Date;
  validUntil: Date | null;
  credentialId: string;
  verificationUrl: string;
  /** the criteria narrative of the credential */
  criteria: string;
  /** the completion criteria the learner met, as the eligibility ledger lists them */
  evidence: { label: string; met: boolean }[];
  revoked: boolean;
  /** the holder's language, for the certificate's own words (the programme's stay as written) */
  locale?: Locale;
}

/** A4 (the default) or US Letter, both landscape. */
export type CertificateSize = 'A4' | 'LETTER';

const INK = '#111827';
const NAVY = '#1e3a8a';
const BLUE = '#1d4ed8';
const GOLD = '#b45309';
const MUTED = '#4b5563';

/**
 * The QR code drawn as vector squares (one rectangle per run of dark modules), with a quiet zone
 * of one module on white. Drawing it, rather than embedding a PNG, spares encoding the PNG and
 * pdfkit decoding and re-compressing it: most of a certificate's rendering time.
 */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const unit = width / (n + 2);
  doc.rect(x, y, width, width).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n;) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      doc.rect(x + (start + 1) * unit, y + (row + 1) * unit, (col - start) * unit, unit);
    }
  }
  doc.fill('#000000');
}

/** The programme's badge as vectors: a rosette with the programme code (the same design as the badge PNG). */
function drawSeal(doc: PDFKit.PDFDocument, scribe: Scribe, code: string, cx: number, cy: number, r: number, t: Translator): void {
  const points: [number, number][] = Array.from({ length: 48 }, (_, i) => {
    const radius = i % 2 ? r * 0.9 : r;
    const a = (Math.PI * 2 * i) / 48;
    return [cx + radius * Math.sin(a), cy - radius * Math.cos(a)];
  });
  doc.polygon(...points).fill(GOLD);
  doc.circle(cx, cy, r * 0.8).fill('#fffbeb');
  doc
    .circle(cx, cy, r * 0.8)
    .lineWidth(2)
    .stroke(NAVY);
  doc
    .circle(cx, cy, r * 0.7)
    .lineWidth(0.6)
    .dash(2, { space: 2 })
    .stroke(GOLD)
    .undash();
  const box = { x: cx - r, width: 2 * r, align: 'center', lineBreak: false } as const;
  scribe.write(code.slice(0, 8), { face: 'sansBold', size: r * 0.36, colour: NAVY }, { ...box, y: cy - r * 0.22 });
  scribe.write(
    t('certificate.seal'),
    { face: 'sans', size: r * 0.13, colour: NAVY, spacing: 1 },
    { ...box, y: cy + r * (scribe.rtl ? 0.16 : 0.22) },
  );
}

/** A check mark drawn (the standard PDF fonts have none). */
function drawCheck(doc: PDFKit.PDFDocument, x: number, y: number, size: number, colour: string): void {
  doc
    .save()
    .moveTo(x, y + size * 0.55)
    .lineTo(x + size * 0.38, y + size * 0.9)
    .lineTo(x + size, y + size * 0.1)
    .lineWidth(1.6)
    .lineCap('round')
    .lineJoin('round')
    .stroke(colour)
    .restore();
}

/**
 * A landscape certificate a graduate would frame: the issuer and the delivering partner, the
 * holder's name large, the credential and programme, the criteria met, the dates, a signature
 * line, the programme's seal and a QR code back to the public verification page. An Arabic
 * certificate is laid out right to left, mirrored (seal and signature on the right, the QR code on
 * the left), its words in an embedded Arabic font; names and titles stay as written.
 */
export async function certificatePdf(f: CertificateFacts, size: CertificateSize = 'A4'): Promise<Buffer> {
  const locale = f.locale ?? 'en';
  const t = translator(locale);
  const day = (d: Date) => formatLongDate(d, locale);
  const doc = new PDFDocument({
    size,
    layout: 'landscape',
    margin: 0,
    lang: intlTag(locale),
    info: { Title: `${f.credentialName} — ${f.learnerName}`, Author: f.issuerName, Subject: f.programmeTitle },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const scribe = textDirection(locale) === 'rtl' ? rightToLeftScribe(doc) : leftToRightScribe(doc);
  const { width, height } = doc.page;
  /** The left edge of a box `w` wide that sits `x` from the left in a left-to-right layout: mirrored right to left. */
  const X = (x: number, w = 0) => (scribe.rtl ? width - x - w : x);
  const m = 28;
  const inner = 64;
  const contentWidth = width - inner * 2;
  const centred = (y: number) => ({ x: inner, y, width: contentWidth, align: 'center' }) as const;

  // frame: a navy band, a fine gold rule inside it, corner ornaments
  doc.rect(0, 0, width, height).fill('#fdfcf8');
  doc
    .rect(m, m, width - 2 * m, height - 2 * m)
    .lineWidth(6)
    .stroke(NAVY);
  doc
    .rect(m + 9, m + 9, width - 2 * m - 18, height - 2 * m - 18)
    .lineWidth(0.8)
    .stroke(GOLD);
  for (const [x, y] of [
    [m + 9, m + 9],
    [width - m - 9, m + 9],
    [m + 9, height - m - 9],
    [width - m - 9, height - m - 9],
  ]) {
    doc.circle(x, y, 4).fill(GOLD);
  }

  // the issuer, and who delivered the programme
  let below = scribe.write(f.issuerName.toUpperCase(), { face: 'sansBold', size: 13, colour: NAVY, spacing: 3 }, centred(62));
  scribe.write(
    t('certificate.inPartnershipWith', { partner: f.partnerName }),
    { face: 'sans', size: 10, colour: MUTED, spacing: 0.5 },
    centred(below + 3),
  );

  scribe.write(t('certificate.certifiesThat'), { face: 'serifItalic', size: 17, colour: INK }, centred(scribe.rtl ? 104 : 112));
  // the holder's name: as large as fits on one line
  let nameSize = 44;
  while (nameSize > 22 && scribe.widthOf(f.learnerName, { face: 'serifBold', size: nameSize, colour: INK }) > contentWidth - 40)
    nameSize -= 2;
  scribe.write(f.learnerName, { face: 'serifBold', size: nameSize, colour: INK }, { ...centred(138), lineBreak: false });
  const underline = 138 + nameSize + 6;
  doc
    .moveTo(width / 2 - 180, underline)
    .lineTo(width / 2 + 180, underline)
    .lineWidth(0.8)
    .stroke(GOLD);

  below = scribe.write(
    t('certificate.hasEarned'),
    { face: 'serifItalic', size: 15, colour: INK },
    centred(underline + (scribe.rtl ? 6 : 12)),
  );
  below = scribe.write(f.credentialName, { face: 'sansBold', size: 24, colour: BLUE }, centred(below + (scribe.rtl ? 2 : 6)));
  const deliveredBy = t('certificate.deliveredBy', {
    programme: f.programmeTitle,
    code: f.programmeCode,
    cohort: f.cohortName,
    partner: f.partnerName,
  });
  below = scribe.write(deliveredBy, { face: 'sans', size: 11, colour: MUTED }, centred(below + (scribe.rtl ? 2 : 6)));
  if (f.revoked)
    below = scribe.write(t('certificate.revokedNotice'), { face: 'sansBold', size: 11, colour: '#b91c1c' }, centred(below + 4));

  // the criteria met, in two columns (from the right in Arabic)
  const met = f.evidence.filter((e) => e.met);
  const top = below + 16;
  const listX = inner + 40;
  const listWidth = contentWidth - 80;
  scribe.write(
    t('certificate.criteriaMet'),
    { face: 'sansBold', size: 9, colour: NAVY, spacing: 1.5 },
    { x: X(listX, listWidth), y: top, width: listWidth },
  );
  const colWidth = listWidth / 2;
  const perColumn = Math.ceil(Math.min(met.length, 12) / 2);
  const rowGap = scribe.rtl ? 16 : 15;
  met.slice(0, 12).forEach((e, i) => {
    const x = listX + (i >= perColumn ? colWidth : 0);
    const rowY = top + 17 + (i % perColumn) * rowGap;
    drawCheck(doc, X(x, 8), rowY + 1, 8, '#15803d');
    scribe.write(
      e.label,
      { face: 'sans', size: 10, colour: INK },
      { x: X(x + 12, colWidth - 20), y: rowY, width: colWidth - 20, lineBreak: false, ellipsis: true },
    );
  });
  if (met.length === 0 && f.criteria)
    scribe.write(
      f.criteria,
      { face: 'sans', size: 10, colour: INK },
      { x: X(listX, listWidth), y: top + 15, width: listWidth, height: 60, ellipsis: true },
    );

  // the foot: seal, signature and dates, QR code (mirrored in Arabic)
  const footY = height - m - 128;
  drawSeal(doc, scribe, f.programmeCode, X(inner + 46), footY + 52, 44, t);

  const sigX = inner + 120;
  const sigWidth = 150;
  doc
    .moveTo(X(sigX), footY + 62)
    .lineTo(X(sigX + sigWidth), footY + 62)
    .lineWidth(0.8)
    .stroke(INK);
  below = scribe.write(
    t('certificate.forIssuer', { issuer: f.issuerName }),
    { face: 'sans', size: 9, colour: MUTED },
    { x: X(sigX, sigWidth), y: footY + 67, width: sigWidth },
  );
  scribe.write(
    t('certificate.signature'),
    { face: 'sans', size: 9, colour: MUTED },
    { x: X(sigX, sigWidth), y: below + 1, width: sigWidth },
  );

  const dateX = sigX + sigWidth + 16;
  const dateWidth = 100;
  const dateBox = (at: number) => ({ x: X(dateX, dateWidth), y: at, width: dateWidth, lineBreak: false });
  below = scribe.write(t('certificate.issued'), { face: 'sansBold', size: 9, colour: NAVY, spacing: 1 }, dateBox(footY + 34));
  below = scribe.write(day(f.issuedAt), { face: 'sans', size: 11, colour: INK }, dateBox(below + 2));
  if (f.validUntil) {
    below = scribe.write(t('certificate.validUntil'), { face: 'sansBold', size: 9, colour: NAVY, spacing: 1 }, dateBox(below + 6));
    scribe.write(day(f.validUntil), { face: 'sans', size: 11, colour: INK }, dateBox(below + 2));
  }

  const qr = 92;
  const qrX = width - inner - qr;
  drawQr(doc, f.verificationUrl, X(qrX, qr), footY + 4, qr);
  const noteX = dateX + dateWidth;
  const noteWidth = qrX - 10 - noteX;
  const note = (at: number) => ({ x: X(noteX, noteWidth), y: at, width: noteWidth, align: 'end' }) as const;
  below = scribe.write(t('certificate.scanToVerify'), { face: 'sans', size: 7.5, colour: MUTED }, note(footY + 24));
  // the address on one line, smaller if need be: a reader types it from here
  let urlSize = 7.5;
  while (urlSize > 5 && scribe.widthOf(f.verificationUrl, { face: 'sans', size: urlSize, colour: MUTED }) > noteWidth) urlSize -= 0.25;
  below = scribe.write(f.verificationUrl, { face: 'sans', size: urlSize, colour: MUTED }, { ...note(below + 2), lineBreak: false });
  scribe.write(t('certificate.signedWith'), { face: 'sans', size: 7.5, colour: MUTED }, note(below + 4));

  if (f.revoked) {
    doc.save().rotate(-20, { origin: [width / 2, height / 2] });
    doc.opacity(0.25);
    scribe.write(
      t('certificate.revokedStamp'),
      { face: 'sansBold', size: 96, colour: '#b91c1c' },
      { x: 0, y: height / 2 - 50, width, align: 'center', lineBreak: false },
    );
    doc.restore();
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
