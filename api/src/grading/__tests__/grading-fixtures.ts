import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { hashPassword } from '../../auth/password.util.js';
import { assignCoach, makeUser, partnerIdBySlug, type Db } from '../../test/factories.js';
import type { TestApp } from '../../test/harness.js';
export { waitFor } from '../../test/wait.js';

export const SUBMISSION = `id week version latest late submittedAt dueAt state text link cohortName
  learner { email } file { id filename contentType sizeBytes downloadUrl }
  assignment { id title passMark maxPoints rubric { id title levels { label points } } }
  review { id state verdict total maxPoints passMark reachesPassMark feedback version releasedAt reviewer { email } scores { criterionId criterionTitle points levelLabel } }
  versions { id version late verdict }`;

export const SUBMIT = `mutation($i: SubmitAssignmentInput!) { submitAssignment(input: $i) { ${SUBMISSION} } }`;
export const SAVE = `mutation($i: SaveReviewInput!) { saveReview(input: $i) { id state verdict total version feedback reviewer { email } } }`;
export const RELEASE = `mutation($id: ID!, $v: Int!) { releaseReview(id: $id, expectedVersion: $v) { id state version releasedAt } }`;
export const GET = `query($id: ID!) { submission(id: $id) { ${SUBMISSION} } }`;
export const MINE = `query($e: ID!) { myAssignments(enrolmentId: $e) { week open title dueAt dueSource progress canSubmit cannotSubmitReason instructions
  submissions { id version late state review { verdict total feedback scores { criterionId points } } } } }`;
export const QUEUE = `query($f: GradingQueueFilter, $first: Int, $offset: Int) { gradingQueue(filter: $f, first: $first, offset: $offset) { total hasMore items { id week version state submittedAt cohortName learner { email } review { id version state } } } }`;

/** Full marks on the COIM rubric (4 + 4 + 2) or a total of `total` from its levels. */
export const scores = (insight: number, method: number, application: number) => [
  { criterionId: 'insight', points: insight },
  { criterionId: 'method', points: method },
  { criterionId: 'application', points: application },
];

export async function runningCohortId(db: Db): Promise<string> {
  const [c]: { id: string }[] = await db.query(`SELECT id FROM cohort WHERE name LIKE 'COIM Johannesburg%' AND status = 'RUNNING'`);
  return c.id;
}

export async function enrolmentOf(db: Db, email: string, cohortId: string): Promise<string> {
  const [e]: { id: string }[] = await db.query(
    `SELECT e.id FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE u.email = $1 AND e.cohort_id = $2`,
    [email, cohortId],
  );
  return e.id;
}

/** A coach of the Africa partner who can log in (password beacon-demo), assigned to `cohortId` when given. */
export async function makeCoach(db: Db, email: string, cohortId?: string): Promise<string> {
  const user = await makeUser(db, { email, name: `Coach ${email.split('@')[0]}`, timeZone: 'Africa/Johannesburg' });
  await db.query(`UPDATE "user" SET password_hash = $1 WHERE id = $2`, [await hashPassword('beacon-demo'), user.id]);
  await db.query(`INSERT INTO membership (user_id, role, partner_id) VALUES ($1, 'COACH', $2)`, [
    user.id,
    await partnerIdBySlug(db, 'africa'),
  ]);
  if (cohortId) await assignCoach(db, cohortId, user.id);
  return user.id;
}

/** POSTs one file as multipart/form-data, the way a browser form does. */
export async function upload(
  t: TestApp,
  token: string | null,
  filename: string,
  content: Buffer,
  opts: { field?: string; contentType?: string } = {},
) {
  const boundary = `----beacon${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${filename}"\r\nContent-Type: ${opts.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await t.beacon
    .http!.getHttpAdapter()
    .getInstance()
    .inject({ method: 'POST', url: '/api/submissions/files', payload, headers });
  return { status: res.statusCode, body: res.json() };
}

export async function httpGet(t: TestApp, url: string, token?: string) {
  const res = await t.beacon
    .http!.getHttpAdapter()
    .getInstance()
    .inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.statusCode, headers: res.headers, body: res.body, raw: res.rawPayload };
}

/** Every file under a folder, recursively (none when it does not exist). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A zip of stored (uncompressed) entries: enough for an Office Open XML document. */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const nameBuf = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    locals.push(local, nameBuf, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const SAMPLES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  png: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  docx: zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    'word/document.xml':
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>My plan</w:t></w:r></w:p></w:body></w:document>',
  }),
  text: Buffer.from('# My outside-in plan\n\nCustomers want it right first time — café, naïve, 🙂\n'),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
  html: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
};
