import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { translator, type Locale, type Translator } from '../i18n/i18n.js';
import { formatLongDate } from '../i18n/format.util.js';

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

/**
 * The language the certificate's labels are drawn in. Its fonts are the standard PDF ones, which
 * have no Arabic letters: an Arabic certificate keeps English labels until an Arabic font is
 * bundled (e.g. the @expo-google-fonts/noto-sans-arabic package, beside the Inter one the badge uses).
 */
export const certificateLocale = (locale: Locale | undefined): Locale => (!locale || locale === 'ar' ? 'en' : locale);

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
    for (let col = 0; col < n; ) {
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
function drawSeal(doc: PDFKit.PDFDocument, code: string, cx: number, cy: number, r: number, t: Translator): void {
  const points: [number, number][] = Array.from({ length: 48 }, (_, i) => {
    const radius = i % 2 ? r * 0.9 : r;
    const a = (Math.PI * 2 * i) / 48;
    return [cx + radius * Math.sin(a), cy - radius * Math.cos(a)];
  });
  doc.polygon(...points).fill(GOLD);
  doc.circle(cx, cy, r * 0.8).fill('#fffbeb');
  doc.circle(cx, cy, r * 0.8).lineWidth(2).stroke(NAVY);
  doc.circle(cx, cy, r * 0.7).lineWidth(0.6).dash(2, { space: 2 }).stroke(GOLD).undash();
  const label = code.slice(0, 8);
  doc.font('Helvetica-Bold').fontSize(r * 0.36).fillColor(NAVY);
  doc.text(label, cx - r, cy - r * 0.22, { width: 2 * r, align: 'center', lineBreak: false });
  doc.font('Helvetica').fontSize(r * 0.13).fillColor(NAVY).text(t('certificate.seal'), cx - r, cy + r * 0.22, { width: 2 * r, align: 'center', characterSpacing: 1, lineBreak: false });
}

/** A check mark drawn (the standard PDF fonts have none). */
function drawCheck(doc: PDFKit.PDFDocument, x: number, y: number, size: number, colour: string): void {
  doc.save().moveTo(x, y + size * 0.55).lineTo(x + size * 0.38, y + size * 0.9).lineTo(x + size, y + size * 0.1).lineWidth(1.6).lineCap('round').lineJoin('round').stroke(colour).restore();
}

/**
 * A landscape certificate a graduate would frame: the issuer and the delivering partner, the
 * holder's name large, the credential and programme, the criteria met, the dates, a signature
 * line, the programme's seal and a QR code back to the public verification page.
 */
export async function certificatePdf(f: CertificateFacts, size: CertificateSize = 'A4'): Promise<Buffer> {
  const locale = certificateLocale(f.locale);
  const t = translator(locale);
  const day = (d: Date) => formatLongDate(d, locale);
  const doc = new PDFDocument({ size, layout: 'landscape', margin: 0, info: { Title: `${f.credentialName} — ${f.learnerName}`, Author: f.issuerName, Subject: f.programmeTitle } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const { width, height } = doc.page;
  const m = 28;
  const inner = 64;
  const contentWidth = width - inner * 2;

  // frame: a navy band, a fine gold rule inside it, corner ornaments
  doc.rect(0, 0, width, height).fill('#fdfcf8');
  doc.rect(m, m, width - 2 * m, height - 2 * m).lineWidth(6).stroke(NAVY);
  doc.rect(m + 9, m + 9, width - 2 * m - 18, height - 2 * m - 18).lineWidth(0.8).stroke(GOLD);
  for (const [x, y] of [[m + 9, m + 9], [width - m - 9, m + 9], [m + 9, height - m - 9], [width - m - 9, height - m - 9]]) {
    doc.circle(x, y, 4).fill(GOLD);
  }

  // the issuer, and who delivered the programme
  doc.font('Helvetica-Bold').fontSize(13).fillColor(NAVY).text(f.issuerName.toUpperCase(), inner, 62, { width: contentWidth, align: 'center', characterSpacing: 3 });
  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(t('certificate.inPartnershipWith', { partner: f.partnerName }), inner, doc.y + 3, { width: contentWidth, align: 'center', characterSpacing: 0.5 });

  doc.font('Times-Italic').fontSize(17).fillColor(INK).text(t('certificate.certifiesThat'), inner, 112, { width: contentWidth, align: 'center' });
  // the holder's name: as large as fits on one line
  let nameSize = 44;
  doc.font('Times-Bold');
  while (nameSize > 22 && doc.fontSize(nameSize).widthOfString(f.learnerName) > contentWidth - 40) nameSize -= 2;
  doc.fontSize(nameSize).fillColor(INK).text(f.learnerName, inner, 138, { width: contentWidth, align: 'center', lineBreak: false });
  const underline = 138 + nameSize + 6;
  doc.moveTo(width / 2 - 180, underline).lineTo(width / 2 + 180, underline).lineWidth(0.8).stroke(GOLD);

  doc.font('Times-Italic').fontSize(15).fillColor(INK).text(t('certificate.hasEarned'), inner, underline + 12, { width: contentWidth, align: 'center' });
  doc.font('Helvetica-Bold').fontSize(24).fillColor(BLUE).text(f.credentialName, inner, doc.y + 6, { width: contentWidth, align: 'center' });
  doc.font('Helvetica').fontSize(11).fillColor(MUTED).text(t('certificate.deliveredBy', { programme: f.programmeTitle, code: f.programmeCode, cohort: f.cohortName, partner: f.partnerName }), inner, doc.y + 6, { width: contentWidth, align: 'center' });
  if (f.revoked) doc.font('Helvetica-Bold').fontSize(11).fillColor('#b91c1c').text(t('certificate.revokedNotice'), inner, doc.y + 4, { width: contentWidth, align: 'center' });

  // the criteria met, in two columns
  const met = f.evidence.filter((e) => e.met);
  const top = doc.y + 16;
  doc.font('Helvetica-Bold').fontSize(9).fillColor(NAVY).text(t('certificate.criteriaMet'), inner + 40, top, { characterSpacing: 1.5 });
  const colWidth = (contentWidth - 80) / 2;
  const perColumn = Math.ceil(Math.min(met.length, 12) / 2);
  doc.font('Helvetica').fontSize(10).fillColor(INK);
  met.slice(0, 12).forEach((e, i) => {
    const x = inner + 40 + (i >= perColumn ? colWidth : 0);
    const y = top + 17 + (i % perColumn) * 15;
    drawCheck(doc, x, y + 1, 8, '#15803d');
    doc.fillColor(INK).text(e.label, x + 12, y, { width: colWidth - 20, lineBreak: false, ellipsis: true });
  });
  if (met.length === 0 && f.criteria) doc.text(f.criteria, inner + 40, top + 15, { width: contentWidth - 80, height: 60, ellipsis: true });

  // the foot: seal, signature and dates, QR code
  const footY = height - m - 128;
  drawSeal(doc, f.programmeCode, inner + 46, footY + 52, 44, t);

  const sigX = inner + 120;
  const sigWidth = 150;
  doc.moveTo(sigX, footY + 62).lineTo(sigX + sigWidth, footY + 62).lineWidth(0.8).stroke(INK);
  doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(t('certificate.forIssuer', { issuer: f.issuerName }), sigX, footY + 67, { width: sigWidth });
  doc.text(t('certificate.signature'), sigX, doc.y + 1, { width: sigWidth });

  const dateX = sigX + sigWidth + 16;
  doc.font('Helvetica-Bold').fontSize(9).fillColor(NAVY).text(t('certificate.issued'), dateX, footY + 34, { characterSpacing: 1 });
  doc.font('Helvetica').fontSize(11).fillColor(INK).text(day(f.issuedAt), dateX, doc.y + 2);
  if (f.validUntil) {
    doc.font('Helvetica-Bold').fontSize(9).fillColor(NAVY).text(t('certificate.validUntil'), dateX, doc.y + 6, { characterSpacing: 1 });
    doc.font('Helvetica').fontSize(11).fillColor(INK).text(day(f.validUntil), dateX, doc.y + 2);
  }

  const qr = 92;
  const qrX = width - inner - qr;
  drawQr(doc, f.verificationUrl, qrX, footY + 4, qr);
  doc.font('Helvetica').fontSize(7.5).fillColor(MUTED);
  const noteX = dateX + 100;
  const noteWidth = qrX - 10 - noteX;
  doc.text(t('certificate.scanToVerify'), noteX, footY + 24, { width: noteWidth, align: 'right' });
  // the address on one line, smaller if need be: a reader types it from here
  let urlSize = 7.5;
  while (urlSize > 5 && doc.fontSize(urlSize).widthOfString(f.verificationUrl) > noteWidth) urlSize -= 0.25;
  doc.fontSize(urlSize).text(f.verificationUrl, noteX, doc.y + 2, { width: noteWidth, align: 'right', lineBreak: false });
  doc.fontSize(7.5).text(t('certificate.signedWith'), noteX, doc.y + 4, { width: noteWidth, align: 'right' });

  if (f.revoked) {
    doc.save().rotate(-20, { origin: [width / 2, height / 2] });
    doc.font('Helvetica-Bold').fontSize(96).fillColor('#b91c1c').opacity(0.25).text(t('certificate.revokedStamp'), 0, height / 2 - 50, { width, align: 'center', lineBreak: false });
    doc.restore();
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
