import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../auth/password.util.js';
import { makeUser, partnerIdBySlug, userIdByEmail, type Db } from '../../test/factories.js';
import type { TestApp } from '../../test/harness.js';

/**
 * The worlds of the hostile suites, gathered from the demo database: the Africa partner's
 * ids of every kind (the targets) and the Americas partner's own (the attackers' home).
 */
export const TENANT_KINDS = [
  'partner',
  'cohort',
  'enrolment',
  'session',
  'submission',
  'review',
  'booking',
  'credential',
  'invitation',
  'membership',
  'coach',
  'issuanceRun',
  'file',
  /** a login session (a person's own, not a partner's: another person's id is NOT_FOUND) */
  'loginSession',
] as const;
/** ids that are not any partner's: the certifying body's programmes and their definition's own ids */
export const SHARED_KINDS = ['programme', 'contentItem', 'criterion', 'definitionItem'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];
export type IdKind = TenantKind | (typeof SHARED_KINDS)[number];
export type Ids = Partial<Record<IdKind, string>>;

const one = async (db: Db, sql: string, params: unknown[] = []): Promise<string> => {
  const rows: { id: string }[] = await db.query(sql, params);
  if (!rows[0]) throw new Error(`hostile world: nothing for ${sql}`);
  return rows[0].id;
};

/** A user who can log in (password beacon-demo) with one role in one partner. */
export async function makeMember(
  db: Db,
  email: string,
  partnerSlug: string,
  role: 'COACH' | 'LEARNER' | 'PARTNER_ADMIN',
): Promise<{ userId: string; membershipId: string }> {
  const user = await makeUser(db, { email, name: `Hostile ${email.split('@')[0]}`, timeZone: 'UTC' });
  await db.query(`UPDATE "user" SET password_hash = $1 WHERE id = $2`, [await hashPassword('beacon-demo'), user.id]);
  const [{ id }] = await db.query(`INSERT INTO membership (user_id, role, partner_id) VALUES ($1, $2, $3) RETURNING id`, [
    user.id,
    role,
    await partnerIdBySlug(db, partnerSlug),
  ]);
  return { userId: user.id, membershipId: id };
}

export interface Worlds {
  africa: Ids;
  americas: Ids;
  /** who holds Africa's booking, to act as its rightful owner */
  bookingLearnerEmail: string;
  reviewVersion: number;
  /** names and emails of Africa's people, partner and cohorts: none may appear in an answer to an outsider */
  africaSecrets: string[];
  /** logins: the outsiders (Americas) and Africa's own people */
  tokens: Record<
    'americasAdmin' | 'americasCoach' | 'americasLearner' | 'africaAdmin' | 'africaCoach' | 'africaLearner' | 'admin' | 'bookingLearner',
    string
  >;
}

/**
 * Adds to the demo what the suites need — an Americas coach and learner in the New York
 * cohort, a pending invitation and an issuance run on each side, an uploaded file of an Africa
 * learner — and gathers the ids.
 */
export async function buildWorlds(t: TestApp): Promise<Worlds> {
  const db = t.beacon.db;
  const africaPartner = await partnerIdBySlug(db, 'africa');
  const americasPartner = await partnerIdBySlug(db, 'americas');
  const running = await one(db, `SELECT id FROM cohort WHERE partner_id = $1 AND status = 'RUNNING' ORDER BY name LIMIT 1`, [
    africaPartner,
  ]);
  const newYork = await one(db, `SELECT id FROM cohort WHERE partner_id = $1 AND status = 'OPEN' ORDER BY name LIMIT 1`, [americasPartner]);
  const learnerId = await userIdByEmail(db, 'learner@beacon.test');
  const coachId = await userIdByEmail(db, 'coach@beacon.test');

  const americasCoach = await makeMember(db, 'hostile.coach@americas.example.com', 'americas', 'COACH');
  await db.query(`INSERT INTO cohort_coach (cohort_id, user_id) VALUES ($1, $2)`, [newYork, americasCoach.userId]);
  const americasLearner = await makeMember(db, 'hostile.learner@americas.example.com', 'americas', 'LEARNER');
  const americasEnrolment = await one(db, `INSERT INTO enrolment (cohort_id, user_id, status) VALUES ($1, $2, 'ACTIVE') RETURNING id`, [
    newYork,
    americasLearner.userId,
  ]);

  const [{ id: fileId }] = await db.query(
    `INSERT INTO submission_file (owner_id, storage_key, filename, content_type, size_bytes, sha256) VALUES ($1, $2, 'evidence.pdf', 'application/pdf', 1024, $3) RETURNING id`,
    [learnerId, `hostile/${randomBytes(8).toString('hex')}`, 'a'.repeat(64)],
  );

  const [booking] = await db.query(
    `SELECT b.id, u.email FROM booking b JOIN "user" u ON u.id = b.learner_id WHERE b.cohort_id = $1 AND b.status = 'CONFIRMED' ORDER BY (u.email = 'learner@beacon.test') DESC, b.starts_at DESC LIMIT 1`,
    [running],
  );
  const [review] = await db.query(
    `SELECT r.id, r.version FROM review r JOIN submission s ON s.id = r.submission_id JOIN enrolment e ON e.id = s.enrolment_id WHERE e.cohort_id = $1 AND r.state = 'DRAFT' LIMIT 1`,
    [running],
  );

  const emails = ['admin', 'partner', 'partner.americas', 'coach', 'learner'].map((n) => `${n}@beacon.test`);
  const [admin, africaAdmin, americasAdmin, africaCoach, africaLearner] = await Promise.all(emails.map((e) => t.login(e)));
  const [americasCoachToken, americasLearnerToken, bookingLearner] = await Promise.all(
    ['hostile.coach@americas.example.com', 'hostile.learner@americas.example.com', booking.email].map((e) => t.login(e)),
  );

  const invite = async (token: string, partnerId: string, email: string) => {
    const r = await t.gql(
      `mutation($i: InviteInput!) { invite(input: $i) { id } }`,
      { i: { partnerId, email, name: 'Invited Person', role: 'LEARNER' } },
      { token },
    );
    if (!r.data) throw new Error(`invite: ${JSON.stringify(r.errors)}`);
    return r.data.invite.id as string;
  };
  const run = async (token: string, cohortId: string) => {
    const r = await t.gql(`mutation($c: ID!) { issueCohortCredentials(cohortId: $c) { id } }`, { c: cohortId }, { token });
    if (!r.data) throw new Error(`issueCohortCredentials: ${JSON.stringify(r.errors)}`);
    return r.data.issueCohortCredentials.id as string;
  };

  const [{ definition }] = await db.query(
    `SELECT v.definition FROM cohort c JOIN programme_version v ON v.id = c.programme_version_id WHERE c.id = $1`,
    [running],
  );
  const africa: Ids = {
    partner: africaPartner,
    cohort: running,
    enrolment: await one(db, `SELECT id FROM enrolment WHERE cohort_id = $1 AND user_id = $2`, [running, learnerId]),
    session: await one(db, `SELECT id FROM live_session WHERE cohort_id = $1 AND starts_at > now() ORDER BY starts_at LIMIT 1`, [running]),
    submission: await one(
      db,
      `SELECT s.id FROM submission s JOIN enrolment e ON e.id = s.enrolment_id WHERE e.cohort_id = $1 AND e.user_id = $2 ORDER BY s.week DESC LIMIT 1`,
      [running, learnerId],
    ),
    review: review.id,
    booking: booking.id,
    credential: await one(db, `SELECT cr.id FROM credential cr WHERE cr.partner_id = $1 LIMIT 1`, [africaPartner]),
    invitation: await invite(africaAdmin, africaPartner, 'invited.africa@example.org'),
    membership: await one(db, `SELECT id FROM membership WHERE user_id = $1 AND role = 'COACH' AND partner_id = $2`, [
      coachId,
      africaPartner,
    ]),
    coach: coachId,
    issuanceRun: await run(africaAdmin, running),
    file: fileId,
    loginSession: await loginSessionOf(t, db, 'learner@beacon.test'),
    programme: await one(db, `SELECT id FROM programme WHERE code = 'COIM'`),
    contentItem: definition.modules[0].contentItems[0].id,
    criterion: definition.modules[0].assignment.rubric[0].id,
    definitionItem: 'hostile-item',
  };
  const americas: Ids = {
    partner: americasPartner,
    cohort: newYork,
    enrolment: americasEnrolment,
    // started ten minutes ago, so that attendance may be taken: the attack reaches the enrolment check
    session: await one(
      db,
      `UPDATE live_session SET starts_at = now() - interval '10 minutes' WHERE id = (SELECT id FROM live_session WHERE cohort_id = $1 ORDER BY starts_at LIMIT 1) RETURNING id`,
      [newYork],
    ),
    invitation: await invite(americasAdmin, americasPartner, 'invited.americas@example.com'),
    membership: americasCoach.membershipId,
    coach: americasCoach.userId,
    issuanceRun: await run(americasAdmin, newYork),
    loginSession: await loginSessionOf(t, db, 'hostile.learner@americas.example.com'),
  };

  const people: { name: string; email: string }[] = await db.query(
    `SELECT DISTINCT u.name, u.email FROM "user" u
      WHERE EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.partner_id = $1)
         OR EXISTS (SELECT 1 FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE e.user_id = u.id AND c.partner_id = $1)`,
    [africaPartner],
  );
  const cohorts: { name: string }[] = await db.query(`SELECT name FROM cohort WHERE partner_id = $1`, [africaPartner]);
  const africaSecrets = [
    'Outside-In Africa',
    'invited.africa@example.org',
    ...people.flatMap((p) => [p.name, p.email]),
    ...cohorts.map((c) => c.name),
  ];

  return {
    africa,
    americas,
    bookingLearnerEmail: booking.email,
    reviewVersion: review.version,
    africaSecrets,
    tokens: {
      americasAdmin,
      americasCoach: americasCoachToken,
      americasLearner: americasLearnerToken,
      africaAdmin,
      africaCoach,
      africaLearner,
      admin,
      bookingLearner,
    },
  };
}

/** A login session of its own for the person (a new login), so that ending it disturbs no other test. */
async function loginSessionOf(t: TestApp, db: Db, email: string): Promise<string> {
  await t.login(email);
  return one(db, `SELECT s.id FROM session s JOIN "user" u ON u.id = s.user_id WHERE u.email = $1 ORDER BY s.created_at DESC LIMIT 1`, [
    email,
  ]);
}

/** bookkeeping that any authenticated request may move: when a session was last used */
const VOLATILE_COLUMNS: Record<string, string[]> = { session: ['last_used_at'] };
/** anonymous counters any visitor may move by design (views of a public credential page): no tenant's data */
const PUBLIC_COUNTERS = new Set(['credential_activity']);

/** Row count and checksum of every table of the application's schema. */
export async function tableChecksums(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    if (PUBLIC_COUNTERS.has(name)) continue;
    const row = VOLATILE_COLUMNS[name] ? `(to_jsonb(t) - ${VOLATILE_COLUMNS[name].map((c) => `'${c}'`).join(' - ')})::text` : 't::text';
    const [r] = await db.query(
      `SELECT count(*)::int AS rows, coalesce(md5(string_agg(${row}, E'\\n' ORDER BY ${row})), '') AS md5 FROM "${name}" t`,
    );
    out[name] = r;
  }
  return out;
}

export function changedTables(
  before: Record<string, { rows: number; md5: string }>,
  after: Record<string, { rows: number; md5: string }>,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((n) => before[n]?.md5 !== after[n]?.md5)
    .map((n) => `${n} (${before[n]?.rows ?? 0} → ${after[n]?.rows ?? 0} rows)`);
}
