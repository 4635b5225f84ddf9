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

const day = (d: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);

/** An A4 landscape certificate with a QR code back to the public verification page. */
export async function certificatePdf(f: CertificateFacts): Promise<Buffer> {
  const qr = await QRCode.toBuffer(f.verificationUrl, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
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
  doc.image(qr, width - 56 - 110, height - 56 - 130, { width: 110 });
  doc.font('Helvetica').fontSize(9).fillColor('#4b5563');
  doc.text(`Verify: ${f.verificationUrl}`, 56, height - 56 - 34, { width: width - 56 * 2 - 130 });
  doc.text(`Credential ${f.credentialId} · Open Badges 3.0, signed Ed25519`, { width: width - 56 * 2 - 130 });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
