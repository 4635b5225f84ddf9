import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface CertificateFacts {
  learnerName: string;
  credentialName: string;
  programmeTitle: string;
  partnerName: string;
  issuerName: string;
  issuedAt: Date;
  validUntil: Date | null;
  credentialId: string;
  verificationUrl: string;
  revoked: boolean;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = (d: Date) => dayFormat.format(d);

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

/** An A4 landscape certificate with a QR code back to the public verification page. */
export async function certificatePdf(f: CertificateFacts): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 56, info: { Title: `${f.credentialName} — ${f.learnerName}`, Author: f.issuerName } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const { width, height } = doc.page;
  doc.rect(24, 24, width - 48, height - 48).lineWidth(3).stroke('#1d4ed8');
  doc.rect(32, 32, width - 64, height - 64).lineWidth(0.75).stroke('#93c5fd');
  doc.fillColor('#1e3a8a').font('Helvetica-Bold').fontSize(14).text(f.issuerName.toUpperCase(), 56, 70, { align: 'center', characterSpacing: 2 });
  doc.fillColor('#111827').font('Helvetica').fontSize(16).text('certifies that', { align: 'center' }).moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(36).text(f.learnerName, { align: 'center' }).moveDown(0.4);
  doc.font('Helvetica').fontSize(16).text('has earned the credential', { align: 'center' }).moveDown(0.4);
  doc.font('Helvetica-Bold').fontSize(26).fillColor('#1d4ed8').text(f.credentialName, { align: 'center' }).moveDown(0.6);
  doc.font('Helvetica').fontSize(13).fillColor('#374151').text(`${f.programmeTitle}, delivered by ${f.partnerName}`, { align: 'center' });
  const validity = f.validUntil ? `Issued ${day(f.issuedAt)} · valid until ${day(f.validUntil)}` : `Issued ${day(f.issuedAt)}`;
  doc.moveDown(0.3).text(validity, { align: 'center' });
  if (f.revoked) doc.moveDown(0.5).font('Helvetica-Bold').fillColor('#b91c1c').fontSize(18).text('REVOKED', { align: 'center' });
  drawQr(doc, f.verificationUrl, width - 56 - 110, height - 56 - 130, 110);
  doc.font('Helvetica').fontSize(9).fillColor('#4b5563');
  doc.text(`Verify: ${f.verificationUrl}`, 56, height - 56 - 34, { width: width - 56 * 2 - 130 });
  doc.text(`Credential ${f.credentialId} · Open Badges 3.0, signed Ed25519`, { width: width - 56 * 2 - 130 });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
