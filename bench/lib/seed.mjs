// Seeds a production-size Beacon into its own database with set-based SQL: the real migrations
// first, then 30 partners, 300 COIM cohorts (one of 500 learners), 15,000 learners, live sessions
// and attendance, content progress, exactly 100,000 submissions with reviews (and their audit
// trail), coaching bookings and login sessions. Deterministic apart from generated ids.
import { DateTime } from 'luxon';
import { pg, loadApi } from './api.mjs';

export const PASSWORD = 'bench-password-1';

export const ACCOUNTS = {
  admin: 'admin@bench.test',
  partnerAdmin: 'partner@bench.test',
  coach: 'coach@bench.test',
  /** one enrolment, in a 50-learner running cohort: the usual learner home */
  learner: 'learner@bench.test',
  /** three enrolments (running, completed, open): the home with a longer list */
  returningLearner: 'learner.returning@bench.test',
};

const PARTNERS = 30;
const COHORTS = 300;
const LEARNERS = 15000;
const SUBMISSIONS = 100000;
const COACHES_PER_PARTNER = 3;
const ISSUANCE_COHORTS = 20;
const ISSUANCE_SIZE = 50;

const ZONES = [
  'Africa/Johannesburg',
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Europe/Berlin',
  'America/Sao_Paulo',
  'Africa/Lagos',
  'Asia/Singapore',
  'America/Chicago',
];
const CITIES = [
  'Johannesburg',
  'London',
  'New York',
  'Mumbai',
  'Sydney',
  'Berlin',
  'São Paulo',
  'Lagos',
  'Singapore',
  'Chicago',
  'Nairobi',
  'Toronto',
  'Dublin',
  'Accra',
  'Cape Town',
];
const FIRST = [
  'Ama',
  'Bongani',
  'Chidi',
  'Fatima',
  'Johan',
  'Naledi',
  'Tendai',
  'Zanele',
  'Yaw',
  'Grace',
  'Liam',
  'Priya',
  'Mateo',
  'Sofia',
  'Noah',
  'Aisha',
  'Kenji',
  'Elena',
  'Omar',
  'Lucía',
  'Thabo',
  'Ingrid',
  'Ravi',
  'Chloe',
  'Diego',
];
const LAST = [
  'Owusu',
  'Khumalo',
  'Okeke',
  'Bello',
  'van der Merwe',
  'Sithole',
  'Moyo',
  'Mthembu',
  'Boateng',
  'Wanjiru',
  'Smith',
  'Patel',
  'García',
  'Rossi',
  'Müller',
  'Khan',
  'Tanaka',
  'Novak',
  'Haddad',
  'Fernández',
  'Dlamini',
  'Larsen',
  'Iyer',
  'Martin',
  'Silva',
];

/** The plan of cohorts: partner, status, start (weeks from this Monday), size and coaches. */
function cohortPlan() {
  const plan = [];
  // the partner the benchmark logs in to (index 0): a 500-learner running cohort, a 50-learner one,
  // twenty completed cohorts awaiting credential approval, and a usual spread besides
  plan.push({ key: 'big', partner: 0, status: 'RUNNING', start: -2, size: 500, coaches: [0] });
  plan.push({ key: 'small', partner: 0, status: 'RUNNING', start: -2, size: 50, coaches: [0] });
  for (let i = 0; i < ISSUANCE_COHORTS; i++)
    plan.push({
      key: `issuance${i}`,
      partner: 0,
      status: 'COMPLETED',
      start: -9 - i,
      size: ISSUANCE_SIZE,
      coaches: [1 + (i % 2)],
      issuance: true,
    });
  for (let i = 0; i < 3; i++)
    plan.push({ key: i === 0 ? 'coachHistory' : null, partner: 0, status: 'COMPLETED', start: -30 - 5 * i, size: 50, coaches: [0] });
  for (let i = 0; i < 3; i++) plan.push({ partner: 0, status: 'RUNNING', start: -(i * 2 + 1), size: 50, coaches: [1 + (i % 2)] });
  for (let i = 0; i < 2; i++)
    plan.push({ key: i === 0 ? 'open' : null, partner: 0, status: 'OPEN', start: 2 + i, size: 50, coaches: [0, 1] });
  const fixed = plan.reduce((n, c) => n + c.size, 0);
  const rest = COHORTS - plan.length;
  let left = LEARNERS - fixed;
  for (let i = 0; i < rest; i++) {
    const status = i % 20 < 13 ? 'COMPLETED' : i % 20 < 18 ? 'RUNNING' : 'OPEN';
    const start = status === 'COMPLETED' ? -8 - ((i * 7) % 60) : status === 'RUNNING' ? -(i % 7) : 1 + (i % 6);
    const size = i === rest - 1 ? left : Math.round((left / (rest - i)) * (0.62 + ((i * 37) % 77) / 100));
    left -= size;
    const partner = 1 + (i % (PARTNERS - 1));
    plan.push({ partner, status, start, size, coaches: i % 4 === 0 ? [i % 3, (i + 1) % 3] : [i % 3] });
  }
  if (left !== 0 || plan.length !== COHORTS) throw new Error('cohort plan does not add up');
  return plan;
}

export async function seed(url, log = console.log) {
  const t0 = Date.now();
  const api = await loadApi();
  const ds = await api.openDatabase(url);
  log(`  migrations applied (${ds.migrations.length})`);
  const { version } = await api.ProgrammeService.createWithFirstVersion(ds, api.COIM);
  await ds.destroy();
  const passwordHash = await api.hashPassword(PASSWORD);
  const definition = version.definition;

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const step = async (label, sql, params) => {
    const t = Date.now();
    const r = await db.query(sql, params);
    log(`  ${label.padEnd(44)} ${String(r.rowCount ?? '').padStart(7)} rows  ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return r;
  };
  try {
    await db.query(`SET synchronous_commit = off`);
    await db.query(`SET work_mem = '64MB'`);

    // partners, their admins and coaches, the platform admin
    const partners = Array.from({ length: PARTNERS }, (_, i) => ({
      name: i === 0 ? 'Outside-In Africa' : `Outside-In ${CITIES[i % CITIES.length]} ${Math.floor(i / CITIES.length) + 1}`,
      slug: i === 0 ? 'africa' : `partner-${String(i).padStart(2, '0')}`,
      zone: ZONES[i % ZONES.length],
    }));
    const partnerIds = (
      await step(
        'partners',
        `INSERT INTO partner (name, slug, region, countries, time_zone)
         SELECT name, slug, 'Region ' || (n % 6), ARRAY['ZA','GB','US'], zone FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(name, slug, zone, n)
         ORDER BY n RETURNING id`,
        [partners.map((p) => p.name), partners.map((p) => p.slug), partners.map((p) => p.zone)],
      )
    ).rows.map((r) => r.id);

    const staff = [{ email: ACCOUNTS.admin, name: 'Ada Admin', zone: 'Europe/London', role: 'ADMIN', partner: null }];
    partners.forEach((p, i) => {
      staff.push({
        email: i === 0 ? ACCOUNTS.partnerAdmin : `partner.admin${i}@bench.test`,
        name: `${FIRST[i % 25]} ${LAST[(i * 7) % 25]}`,
        zone: p.zone,
        role: 'PARTNER_ADMIN',
        partner: i,
      });
      for (let k = 0; k < COACHES_PER_PARTNER; k++) {
        staff.push({
          email: i === 0 && k === 0 ? ACCOUNTS.coach : `coach${i}.${k}@bench.test`,
          name: `${FIRST[(i + k * 3) % 25]} ${LAST[(i * 3 + k) % 25]}`,
          zone: p.zone,
          role: 'COACH',
          partner: i,
          coach: k,
        });
      }
    });
    const staffIds = (
      await step(
        'staff accounts',
        `INSERT INTO "user" (email, name, password_hash, time_zone) SELECT e, n, $4, z FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(e, n, z, i) ORDER BY i RETURNING id`,
        [staff.map((s) => s.email), staff.map((s) => s.name), staff.map((s) => s.zone), passwordHash],
      )
    ).rows.map((r) => r.id);
    staff.forEach((s, i) => (s.id = staffIds[i]));
    await step(
      'staff memberships',
      `INSERT INTO membership (user_id, role, partner_id) SELECT u, r::role, p FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS t(u, r, p)`,
      [staff.map((s) => s.id), staff.map((s) => s.role), staff.map((s) => (s.partner === null ? null : partnerIds[s.partner]))],
    );
    const coachId = (partner, k) => staff.find((s) => s.role === 'COACH' && s.partner === partner && s.coach === k).id;

    // cohorts, their coaches and live sessions (dated by the real session plan in each zone)
    const plan = cohortPlan();
    const now = new Date();
    let first = 1;
    for (const [i, c] of plan.entries()) {
      const zone = partners[c.partner].zone;
      c.zone = zone;
      c.startDate = DateTime.fromJSDate(now, { zone }).startOf('week').plus({ weeks: c.start }).toISODate();
      c.name = `COIM ${CITIES[(i + c.partner) % CITIES.length]} ${c.key === 'big' ? 'Enterprise ' : ''}— ${DateTime.fromISO(c.startDate).toFormat('LLLL yyyy')} (${i + 1})`;
      c.first = first;
      first += c.size;
      c.coachIds = c.coaches.map((k) => coachId(c.partner, k));
    }
    const cohortIds = (
      await step(
        'cohorts',
        `INSERT INTO cohort (partner_id, programme_version_id, name, start_date, time_zone, capacity, status, community_links)
         SELECT p, $1, n, s::date, z, cap, st::cohort_status, jsonb_build_array(jsonb_build_object('label', 'Cohort community', 'url', 'https://community.example.org/c' || i))
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) WITH ORDINALITY AS t(p, n, s, z, cap, st, i) ORDER BY i RETURNING id`,
        [
          version.id,
          plan.map((c) => partnerIds[c.partner]),
          plan.map((c) => c.name),
          plan.map((c) => c.startDate),
          plan.map((c) => c.zone),
          plan.map((c) => c.size + 20),
          plan.map((c) => c.status),
        ],
      )
    ).rows.map((r) => r.id);
    plan.forEach((c, i) => (c.id = cohortIds[i]));
    const cc = plan.flatMap((c) => c.coachIds.map((u) => [c.id, u]));
    await step('cohort coaches', `INSERT INTO cohort_coach (cohort_id, user_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      cc.map((x) => x[0]),
      cc.map((x) => x[1]),
    ]);
    const sessions = plan.flatMap((c) =>
      api.domain.planSessions(c.startDate, c.zone, definition.sessionPlan).map((s) => ({ cohort: c.id, host: c.coachIds[0], ...s })),
    );
    await step(
      'live sessions',
      `INSERT INTO live_session (cohort_id, week, title, starts_at, duration_minutes, host_id, join_url, plan_index)
       SELECT c, w, t, s, d, h, 'https://meet.example.org/' || left(c::text, 8) || '-' || (p + 1), p
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[], $5::int[], $6::uuid[], $7::int[]) AS t(c, w, t, s, d, h, p)`,
      [
        sessions.map((s) => s.cohort),
        sessions.map((s) => s.week),
        sessions.map((s) => s.title),
        sessions.map((s) => s.startsAt),
        sessions.map((s) => s.durationMinutes),
        sessions.map((s) => s.host),
        sessions.map((s) => s.planIndex),
      ],
    );

    // the cohorts' weeks: when each opens and its assignment is due, in the cohort's zone
    await db.query(
      `CREATE TEMP TABLE cohort_plan (id uuid PRIMARY KEY, partner_id uuid, status text, first int, size int, issuance boolean, coach_id uuid, start_date date)`,
    );
    await db.query(
      `INSERT INTO cohort_plan SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::int[], $6::boolean[], $7::uuid[], $8::date[])`,
      [
        plan.map((c) => c.id),
        plan.map((c) => partnerIds[c.partner]),
        plan.map((c) => c.status),
        plan.map((c) => c.first),
        plan.map((c) => c.size),
        plan.map((c) => !!c.issuance),
        plan.map((c) => c.coachIds[0]),
        plan.map((c) => c.startDate),
      ],
    );
    const weeks = plan.flatMap((c) =>
      definition.modules.map((m) => ({
        cohort: c.id,
        week: m.week,
        opens: api.domain.weekOpensAt(c.startDate, c.zone, m.week),
        due: api.domain.programmeDueAt({ startDate: c.startDate, timeZone: c.zone }, m.week, m.assignment),
      })),
    );
    await db.query(
      `CREATE TEMP TABLE cohort_week (cohort_id uuid, week int, opens_at timestamptz, due_at timestamptz, PRIMARY KEY (cohort_id, week))`,
    );
    await db.query(`INSERT INTO cohort_week SELECT * FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::timestamptz[])`, [
      weeks.map((w) => w.cohort),
      weeks.map((w) => w.week),
      weeks.map((w) => w.opens),
      weeks.map((w) => w.due),
    ]);

    // learners: one enrolment each; the returning learner has two more
    await step(
      'learner accounts',
      `INSERT INTO "user" (email, name, password_hash, time_zone, created_at)
       SELECT format('learner%s@bench.test', lpad(g::text, 5, '0')),
              ($2::text[])[1 + g % 25] || ' ' || ($3::text[])[1 + (g / 25) % 25],
              $4, p.time_zone, now() - make_interval(days => 30 + g % 400)
         FROM generate_series(1, $1::int) g
         JOIN cohort_plan cp ON g >= cp.first AND g < cp.first + cp.size
         JOIN partner p ON p.id = cp.partner_id`,
      [LEARNERS, FIRST, LAST, passwordHash],
    );
    await db.query(`CREATE TEMP TABLE learner (n int PRIMARY KEY, user_id uuid)`);
    await db.query(
      `INSERT INTO learner SELECT substring(email from 8 for 5)::int, id FROM "user" WHERE email LIKE 'learner_____@bench.test'`,
    );
    const small = plan.find((c) => c.key === 'small');
    const big = plan.find((c) => c.key === 'big');
    await db.query(`UPDATE "user" SET email = $1 WHERE id = (SELECT user_id FROM learner WHERE n = $2)`, [ACCOUNTS.learner, small.first]);
    await db.query(`UPDATE "user" SET email = $1 WHERE id = (SELECT user_id FROM learner WHERE n = $2)`, [
      ACCOUNTS.returningLearner,
      big.first + 1,
    ]);
    await step(
      'enrolments',
      `INSERT INTO enrolment (cohort_id, user_id, status, outcome_goal, created_at, withdrawn_at)
       SELECT cp.id, l.user_id, s.status::enrolment_status,
              CASE WHEN l.n % 3 = 0 THEN 'Cut failure demand in my team by a fifth within six months.' END,
              cp.start_date - make_interval(days => 10 + l.n % 20),
              CASE WHEN s.status = 'WITHDRAWN' THEN cp.start_date + make_interval(days => 10) END
         FROM learner l JOIN cohort_plan cp ON l.n >= cp.first AND l.n < cp.first + cp.size
         CROSS JOIN LATERAL (SELECT CASE
           WHEN cp.issuance THEN 'ACTIVE'
           WHEN cp.status IN ('COMPLETED', 'RUNNING') AND l.n % 20 = 7 THEN 'WITHDRAWN'
           WHEN cp.status = 'OPEN' AND l.n % 4 = 1 THEN 'INVITED'
           ELSE 'ACTIVE' END AS status) s
        ORDER BY l.n`,
    );
    const returning = ['coachHistory', 'open'].map((k) => plan.find((c) => c.key === k).id);
    await db.query(
      `INSERT INTO enrolment (cohort_id, user_id, status, created_at)
       SELECT c, (SELECT id FROM "user" WHERE email = $2), 'ACTIVE', now() - interval '300 days' FROM unnest($1::uuid[]) c`,
      [returning, ACCOUNTS.returningLearner],
    );
    await step(
      'learner memberships',
      `INSERT INTO membership (user_id, role, partner_id)
       SELECT DISTINCT e.user_id, 'LEARNER'::role, c.partner_id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id`,
    );
    await db.query(
      `CREATE TEMP TABLE ranked AS SELECT e.id, e.cohort_id, e.status, row_number() OVER (PARTITION BY e.cohort_id ORDER BY e.id) AS i FROM enrolment e`,
    );

    // attendance of sessions already held (withdrawn learners: their first two weeks only)
    await step(
      'attendance',
      `INSERT INTO attendance (live_session_id, enrolment_id, status, recorded_by_id, recorded_at)
       SELECT s.id, r.id,
              (CASE WHEN (r.i + s.plan_index) % 9 = 4 THEN 'ABSENT' WHEN (r.i + s.plan_index) % 13 = 7 THEN 'EXCUSED' ELSE 'PRESENT' END)::attendance_status,
              s.host_id, s.starts_at + make_interval(mins => s.duration_minutes)
         FROM ranked r JOIN live_session s ON s.cohort_id = r.cohort_id
        WHERE s.starts_at < now() AND (r.status IN ('ACTIVE', 'COMPLETED') OR (r.status = 'WITHDRAWN' AND s.week <= 2))`,
    );

    // content items ticked off through each opened week
    await step(
      'content progress',
      `INSERT INTO content_progress (enrolment_id, content_item_id, completed_at)
       SELECT r.id, ci.item ->> 'id', w.opens_at + make_interval(days => ci.n::int)
         FROM ranked r
         JOIN cohort_week w ON w.cohort_id = r.cohort_id
         JOIN LATERAL (SELECT item, n FROM jsonb_array_elements($1::jsonb -> (w.week - 1) -> 'contentItems') WITH ORDINALITY AS x(item, n)) ci ON true
        WHERE w.opens_at + make_interval(days => ci.n::int) < now()
          AND (r.status IN ('ACTIVE', 'COMPLETED') OR (r.status = 'WITHDRAWN' AND w.week <= 2))
          AND (r.i + ci.n + w.week) % 11 <> 0`,
      [JSON.stringify([...definition.modules].sort((a, b) => a.week - b.week))],
    );

    // submissions, version 1: a few days before the due point, one in ten late
    const body = `## My week\n\n**Customer outcome.** Our customers want their problem solved the first time they call.\n\n**What I found.** About a third of our calls are failure demand: customers chasing something we promised, or correcting something we got wrong.\n\n**What I will change.** Remove the two biggest causes of repeat calls and measure failure demand weekly with the team.`;
    const v1 = await step(
      'submissions (first versions)',
      `INSERT INTO submission (enrolment_id, week, version, assignment_id, body, submitted_at, due_at, late)
       SELECT id, week, 1, 'coim-w' || week || '-assignment', $1, at, due_at, at > due_at FROM (
         SELECT r.id, w.week, w.due_at,
                w.due_at - make_interval(secs => (abs(hashtext(r.id::text || w.week)) % 259200)::int)
                         + CASE WHEN abs(hashtext(r.id::text || 'late' || w.week)) % 10 = 0 THEN interval '5 hours' ELSE interval '0' END AS at
           FROM ranked r JOIN cohort_week w ON w.cohort_id = r.cohort_id
          WHERE r.status IN ('ACTIVE', 'COMPLETED') OR (r.status = 'WITHDRAWN' AND w.week <= 2)) s
        WHERE at < now() - interval '1 hour'`,
      [body],
    );
    // some first versions were sent back for revision: as many as make 100,000 submissions in all
    const revisions = SUBMISSIONS - v1.rowCount;
    await db.query(
      `CREATE TEMP TABLE revised AS
       SELECT id FROM submission WHERE greatest(submitted_at, due_at) + interval '6 days' < now() ORDER BY md5(id::text) LIMIT $1`,
      [revisions],
    );
    const [{ n: revisable }] = (await db.query(`SELECT count(*)::int AS n FROM revised`)).rows;
    if (revisable < revisions) throw new Error(`only ${revisable} submissions can be revised, ${revisions} needed`);
    await step(
      'submissions (revised versions)',
      `INSERT INTO submission (enrolment_id, week, version, assignment_id, body, submitted_at, due_at, late)
       SELECT s.enrolment_id, s.week, 2, s.assignment_id, s.body || E'\\n\\n(revised)', t.at, s.due_at, t.at > s.due_at
         FROM submission s JOIN revised v ON v.id = s.id
         CROSS JOIN LATERAL (SELECT greatest(s.submitted_at, s.due_at) + interval '3 days 6 hours' AS at) t`,
    );
    // reviews: released two days after the due point; the latest week of a running cohort is
    // partly unreviewed and partly in draft; revised first versions got REVISE
    await step(
      'reviews',
      `INSERT INTO review (submission_id, state, verdict, scores, total, pass_mark, feedback, version, created_by_id, updated_by_id, created_at, updated_at, released_at)
       SELECT id, state, verdict, scores, total, 6, feedback, CASE WHEN state = 'RELEASED' THEN 2 ELSE 1 END, coach_id, coach_id, at, at,
              CASE WHEN state = 'RELEASED' THEN at END
         FROM (
           SELECT s.id, cp.coach_id, t.at,
                  CASE WHEN rv.id IS NOT NULL OR cp.status = 'COMPLETED' OR t.at < now() - interval '2 days' THEN 'RELEASED' ELSE 'DRAFT' END AS state,
                  CASE WHEN rv.id IS NOT NULL THEN 'REVISE' ELSE 'PASS' END AS verdict,
                  CASE WHEN rv.id IS NOT NULL THEN $1::jsonb WHEN h % 3 = 0 THEN $2::jsonb ELSE $3::jsonb END AS scores,
                  CASE WHEN rv.id IS NOT NULL THEN 4 WHEN h % 3 = 0 THEN 10 ELSE 8 END AS total,
                  CASE WHEN rv.id IS NOT NULL THEN 'Rewrite the first section from your customer’s point of view, then resubmit.' ELSE 'A clear customer outcome and a sound use of the method.' END AS feedback,
                  h
             FROM submission s
             JOIN enrolment e ON e.id = s.enrolment_id JOIN cohort_plan cp ON cp.id = e.cohort_id
             LEFT JOIN revised rv ON rv.id = s.id
             CROSS JOIN LATERAL (SELECT abs(hashtext(s.id::text)) AS h) hh
             CROSS JOIN LATERAL (SELECT least(greatest(s.submitted_at, s.due_at) + interval '2 days', now() - interval '30 minutes') AS at) t
            WHERE cp.status = 'COMPLETED' OR rv.id IS NOT NULL OR s.due_at < now() - interval '3 days' OR h % 5 < 2
         ) x`,
      [
        '[{"criterionId":"insight","points":2},{"criterionId":"method","points":2},{"criterionId":"application","points":0}]',
        '[{"criterionId":"insight","points":4},{"criterionId":"method","points":4},{"criterionId":"application","points":2}]',
        '[{"criterionId":"insight","points":4},{"criterionId":"method","points":2},{"criterionId":"application","points":2}]',
      ],
    );

    // the emails those released reviews sent (the workers' start-up sweep re-sends any missing)
    await step(
      'review emails (outbox)',
      `INSERT INTO outbox_message (kind, to_email, subject, body, status, dedupe_key, created_at, delivered_at)
       SELECT 'review-released', u.email, 'Your week ' || s.week || ' assignment has been reviewed',
              'Hello ' || u.name || E',\n\nYour coach has reviewed week ' || s.week || '. Open Beacon to read the feedback.', 'KEPT',
              'review-released/' || r.id, r.released_at, r.released_at
         FROM review r JOIN submission s ON s.id = r.submission_id JOIN enrolment e ON e.id = s.enrolment_id JOIN "user" u ON u.id = e.user_id
        WHERE r.state = 'RELEASED'`,
    );

    // coaching: two sessions for learners of completed cohorts, one so far in running cohorts;
    // one coach's bookings an hour apart in order, so none overlap
    // the entitlement trigger re-counts each learner's bookings per row, planned while the table
    // was empty (a scan per row): off for this one bulk insert, and the rule checked afterwards
    await db.query(`ALTER TABLE booking DISABLE TRIGGER booking_entitlement`);
    await step(
      'coaching bookings',
      `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at, cancellation_cutoff_minutes, created_at)
       SELECT id, cohort_id, user_id, coach_id, at, at + interval '45 minutes', 1440, at - interval '5 days' FROM (
         SELECT e.id, e.cohort_id, e.user_id, cp.coach_id,
                cp.start_date + interval '8 days 6 hours' + make_interval(hours => (row_number() OVER (PARTITION BY cp.coach_id ORDER BY cp.start_date, cp.id, e.id, k.k))::int) AS at
           FROM enrolment e JOIN cohort_plan cp ON cp.id = e.cohort_id
           CROSS JOIN generate_series(1, 2) k(k)
          WHERE e.status IN ('ACTIVE', 'COMPLETED') AND (cp.status = 'COMPLETED' OR (cp.status = 'RUNNING' AND k.k = 1))) b`,
    );
    await db.query(`ALTER TABLE booking ENABLE TRIGGER booking_entitlement`);
    const over = await db.query(`SELECT 1 FROM booking WHERE status = 'CONFIRMED' GROUP BY enrolment_id HAVING count(*) > 2`);
    if (over.rowCount) throw new Error('the seeded bookings exceed the coaching entitlement');
    // outcomes as a production database holds them: past coaching sessions marked held, goals
    // made measurable, and mid-programme and end check-ins from two in three learners with a goal
    await step(
      'coaching sessions marked held',
      `UPDATE booking SET outcome = 'HELD', outcome_marked_at = ends_at WHERE status = 'CONFIRMED' AND ends_at <= now()`,
    );
    await step(
      'measurable goals',
      `UPDATE enrolment e SET goal_measure = 'repeat calls per week', goal_baseline = 1200, goal_target = 960, goal_by_date = cp.start_date + 180
         FROM cohort_plan cp WHERE cp.id = e.cohort_id AND e.outcome_goal IS NOT NULL`,
    );
    await step(
      'goal check-ins',
      `INSERT INTO goal_check_in (enrolment_id, kind, current_value, reached, note, recorded_at)
       SELECT e.id, k.kind::goal_check_in_kind, 1200 - (r.i % 5) * k.step,
              (CASE WHEN r.i % 5 = 0 THEN 'YES' WHEN r.i % 5 < 3 THEN 'PARTLY' ELSE 'NO' END)::goal_reached, '',
              (cp.start_date + k.day)::timestamp + interval '12 hours'
         FROM enrolment e JOIN ranked r ON r.id = e.id JOIN cohort_plan cp ON cp.id = e.cohort_id
        CROSS JOIN (VALUES ('MID', 24, 40), ('END', 45, 60)) k(kind, day, step)
        WHERE e.outcome_goal IS NOT NULL AND e.status IN ('ACTIVE', 'COMPLETED') AND r.i % 3 <> 2 AND cp.start_date + k.day < current_date`,
    );
    await step(
      'login sessions',
      `INSERT INTO session (user_id, token_hash, expires_at, created_at)
       SELECT user_id, encode(sha256(gen_random_bytes(32)), 'hex'), now() + interval '10 days', now() - interval '4 days' FROM learner WHERE n % 2 = 0`,
    );

    const t = Date.now();
    await db.query(`VACUUM (ANALYZE)`);
    log(`  ${'vacuum analyze'.padEnd(44)} ${''.padStart(7)}       ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const fixture = {
      partnerId: partnerIds[0],
      bigCohortId: big.id,
      smallCohortId: small.id,
      issuanceCohortIds: plan.filter((c) => c.issuance).map((c) => c.id),
    };
    await db.query(`CREATE TABLE bench_fixture (key text PRIMARY KEY, value jsonb NOT NULL)`);
    await db.query(`INSERT INTO bench_fixture VALUES ('fixture', $1)`, [JSON.stringify(fixture)]);
    const counts = await tableCounts(db);
    log(`  seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return { fixture, counts, seconds: (Date.now() - t0) / 1000 };
  } finally {
    await db.end();
  }
}

export async function tableCounts(db) {
  const tables = [
    'partner',
    'user',
    'cohort',
    'enrolment',
    'live_session',
    'attendance',
    'content_progress',
    'submission',
    'review',
    'review_audit',
    'booking',
    'outbox_message',
    'session',
    'credential',
    'goal_check_in',
  ];
  const { rows } = await db.query(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(', ')}`);
  return rows[0];
}

/** A database seeded earlier (BENCH_REUSE=1): its fixture, with the issuance of a previous run undone. */
export async function reuse(url) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT value FROM bench_fixture WHERE key = 'fixture'`);
    const fixture = rows[0].value;
    await db.query(`DELETE FROM credential WHERE cohort_id = ANY($1)`, [fixture.issuanceCohortIds]);
    await db.query(`UPDATE enrolment SET status = 'ACTIVE', completed_at = NULL WHERE cohort_id = ANY($1)`, [fixture.issuanceCohortIds]);
    await db.query(`DELETE FROM issuance_run WHERE cohort_id = ANY($1)`, [fixture.issuanceCohortIds]);
    await db.query(`DELETE FROM outbox_message WHERE kind = 'credential-issued'`);
    await db.query(
      `DELETE FROM session WHERE user_id IN (SELECT id FROM "user" WHERE email LIKE '%@bench.test' AND email NOT LIKE 'learner_____@bench.test')`,
    );
    await db.query(`VACUUM (ANALYZE) credential, enrolment, outbox_message, session`);
    return { fixture, counts: await tableCounts(db), seconds: 0 };
  } finally {
    await db.end();
  }
}
