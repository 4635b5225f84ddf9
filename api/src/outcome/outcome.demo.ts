import { DateTime } from 'luxon';
import type { ProgrammeDefinition } from '@beacon/domain';
import type { DemoExtensionContext } from '../demo/demo-context.js';
import { planSessions } from '@beacon/domain';

const DAY = 86_400_000;
const NAIROBI = 'Africa/Nairobi';

/** The Nairobi cohort's learners: how each one's story ends (on time, late, not certified, withdrawn in week 3). */
const NAIROBI_LEARNERS: { name: string; handle: string; ending: 'ON_TIME' | 'LATE' | 'NOT_CERTIFIED' | 'WITHDRAWN'; goal: string }[] = [
  { name: 'Wanjiku Kamau', handle: 'wanjiku.kamau', ending: 'ON_TIME', goal: 'Halve the time to resolve a billing complaint.' },
  {
    name: 'Otieno Odhiambo',
    handle: 'otieno.odhiambo',
    ending: 'ON_TIME',
    goal: 'Remove the top three causes of repeat calls in our claims team.',
  },
  { name: 'Amina Hassan', handle: 'amina.hassan', ending: 'LATE', goal: 'Redesign onboarding around what new customers need.' },
  { name: 'Baraka Mwangi', handle: 'baraka.mwangi', ending: 'LATE', goal: 'Cut failure demand in the branch network by a quarter.' },
  { name: 'Njeri Wambui', handle: 'njeri.wambui', ending: 'NOT_CERTIFIED', goal: 'Introduce outside-in measures in my department.' },
  { name: 'Kiprono Langat', handle: 'kiprono.langat', ending: 'WITHDRAWN', goal: 'Lead our digital channel redesign.' },
];

/**
 * Before the grading and booking demos: an earlier completed Africa cohort (Nairobi, 26 weeks
 * ago) whose learners end differently — certified on time, certified late (after the grace
 * period), finished without the credential, withdrawn in week 3 — so certified, on-time and
 * time-to-credential have a spread and the partner's trend has three points.
 */
export async function loadOutcomeCohortsDemo({ tx, partners, now }: DemoExtensionContext): Promise<void> {
  const [version]: { id: string; definition: ProgrammeDefinition }[] = await tx.query(
    `SELECT v.id, v.definition FROM programme_version v JOIN programme p ON p.id = v.programme_id WHERE p.code = 'COIM' ORDER BY v.version DESC LIMIT 1`,
  );
  if (!version) return;
  const start = DateTime.fromJSDate(now, { zone: NAIROBI }).startOf('week').minus({ weeks: 26 }).toISODate()!;
  const [cohort]: { id: string }[] = await tx.query(
    `INSERT INTO cohort (partner_id, programme_version_id, name, start_date, time_zone, capacity, status, community_links)
     VALUES ($1, $2, $3, $4, $5, 20, 'COMPLETED', '[]') RETURNING id`,
    [partners.get('africa'), version.id, `COIM Nairobi — ${DateTime.fromISO(start).toFormat('LLLL yyyy')}`, start, NAIROBI],
  );
  const sessions: { id: string; starts_at: Date }[] = [];
  for (const [i, s] of planSessions(start, NAIROBI, version.definition.sessionPlan).entries()) {
    const [row] = await tx.query(
      `INSERT INTO live_session (cohort_id, week, title, starts_at, duration_minutes, plan_index, join_url) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, starts_at`,
      [cohort.id, s.week, s.title, s.startsAt, s.durationMinutes, s.planIndex, `https://meet.example.org/nairobi-${i + 1}`],
    );
    sessions.push(row);
  }
  const end = DateTime.fromISO(start, { zone: NAIROBI }).plus({ weeks: 7 });
  for (const l of NAIROBI_LEARNERS) {
    const [u]: { id: string }[] = await tx.query(`INSERT INTO "user" (email, name, time_zone) VALUES ($1, $2, $3) RETURNING id`, [
      `${l.handle}@example.org`,
      l.name,
      NAIROBI,
    ]);
    await tx.query(`INSERT INTO membership (user_id, role, partner_id) VALUES ($1, 'LEARNER', $2)`, [u.id, partners.get('africa')]);
    const completedAt = l.ending === 'LATE' ? end.plus({ days: 30 }).toJSDate() : l.ending === 'WITHDRAWN' ? null : end.toJSDate();
    const withdrawnAt = l.ending === 'WITHDRAWN' ? DateTime.fromISO(start, { zone: NAIROBI }).plus({ days: 17 }).toJSDate() : null;
    const [e]: { id: string }[] = await tx.query(
      `INSERT INTO enrolment (cohort_id, user_id, status, outcome_goal, completed_at, withdrawn_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        cohort.id,
        u.id,
        l.ending === 'WITHDRAWN' ? 'WITHDRAWN' : 'COMPLETED',
        l.goal,
        completedAt,
        withdrawnAt,
        new Date(Date.parse(start) - 14 * DAY),
      ],
    );
    for (const [j, s] of sessions.entries()) {
      if (withdrawnAt && s.starts_at.getTime() > withdrawnAt.getTime()) break;
      // the learner who finished without the credential missed too many sessions
      const status = l.ending === 'NOT_CERTIFIED' ? (j % 2 ? 'ABSENT' : 'PRESENT') : j % 7 === 3 ? 'ABSENT' : 'PRESENT';
      await tx.query(`INSERT INTO attendance (live_session_id, enrolment_id, status, recorded_at) VALUES ($1, $2, $3, $4)`, [
        s.id,
        e.id,
        status,
        new Date(s.starts_at.getTime() + 90 * 60_000),
      ]);
    }
  }
}

/**
 * After the grading and booking demos: coaching sessions that happened are marked held; the
 * running cohort gets learners at risk for different reasons (overdue assignments, a revision
 * not resubmitted, falling attendance, no coaching booked) beside learners on track; goals are
 * made measurable and the completed cohorts' learners have checked in on them.
 */
export async function loadOutcomeDemo({ tx, users, now }: DemoExtensionContext): Promise<void> {
  const coachId = users.get('coach@beacon.test')!;
  const enrolmentOf = async (email: string, cohortName: string): Promise<{ id: string; cohort_id: string; user_id: string } | undefined> =>
    (
      await tx.query(
        `SELECT e.id, e.cohort_id, e.user_id FROM enrolment e JOIN "user" u ON u.id = e.user_id JOIN cohort c ON c.id = e.cohort_id WHERE u.email = $1 AND c.name LIKE $2`,
        [email, `${cohortName}%`],
      )
    )[0];
  const book = async (e: { id: string; cohort_id: string; user_id: string }, startsAt: Date) =>
    tx.query(
      `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at, cancellation_cutoff_minutes, created_at) VALUES ($1, $2, $3, $4, $5, $6, 1440, $7)`,
      [
        e.id,
        e.cohort_id,
        e.user_id,
        coachId,
        startsAt,
        new Date(startsAt.getTime() + 45 * 60_000),
        new Date(Math.min(startsAt.getTime() - 5 * DAY, now.getTime() - DAY)),
      ],
    );

  // the Nairobi cohort's learners had their coaching in weeks 2 and 5
  const nairobi: { id: string; cohort_id: string; user_id: string; start_date: string }[] = await tx.query(
    `SELECT e.id, e.cohort_id, e.user_id, c.start_date::text AS start_date FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
      WHERE c.name LIKE 'COIM Nairobi%' AND e.status = 'COMPLETED' ORDER BY e.created_at, e.id`,
  );
  for (const [i, e] of nairobi.entries()) {
    const monday = DateTime.fromISO(e.start_date, { zone: NAIROBI });
    await book(
      e,
      monday
        .plus({ weeks: 1, days: 2 })
        .set({ hour: 9 + i })
        .toJSDate(),
    );
    await book(
      e,
      monday
        .plus({ weeks: 4, days: 2 })
        .set({ hour: 9 + i })
        .toJSDate(),
    );
  }
  // every coaching session of the demo that is over was held (the coach marked it so)
  await tx.query(
    `UPDATE booking SET outcome = 'HELD', outcome_marked_at = ends_at, outcome_marked_by_id = coach_id WHERE status = 'CONFIRMED' AND ends_at <= $1`,
    [now],
  );

  // the running cohort: most learners book coaching for next week; Zanele and Tendai have none booked
  const zone = 'Africa/Johannesburg';
  const nextWeek = (weekday: number, hour: number) =>
    DateTime.fromJSDate(now, { zone })
      .startOf('week')
      .plus({ weeks: 1, days: weekday - 1 })
      .set({ hour })
      .toJSDate();
  const slots = [nextWeek(1, 9), nextWeek(1, 14), nextWeek(3, 9), nextWeek(3, 14), nextWeek(4, 9), nextWeek(4, 14)];
  for (const [i, email] of [
    'ama.owusu',
    'bongani.khumalo',
    'chidi.okeke',
    'fatima.bello',
    'johan.vandermerwe',
    'naledi.sithole',
  ].entries()) {
    const e = await enrolmentOf(`${email}@example.org`, 'COIM Johannesburg');
    if (e) await book(e, slots[i]);
  }
  // Tendai has missed most live sessions since week 1
  const tendai = await enrolmentOf('tendai.moyo@example.org', 'COIM Johannesburg');
  if (tendai) {
    await tx.query(
      `UPDATE attendance a SET status = 'ABSENT' FROM live_session s
        WHERE s.id = a.live_session_id AND a.enrolment_id = $1 AND s.plan_index IN (SELECT plan_index FROM live_session WHERE cohort_id = s.cohort_id AND starts_at < $2 ORDER BY starts_at OFFSET 2 LIMIT 4)`,
      [tendai.id, now],
    );
  }
  // Fatima's week-2 answer came back for revision two days ago and she has not resubmitted yet
  const fatima = await enrolmentOf('fatima.bello@example.org', 'COIM Johannesburg');
  if (fatima) {
    const [s]: { id: string; week: number; definition: ProgrammeDefinition }[] = await tx.query(
      `SELECT s.id, s.week, v.definition FROM submission s JOIN cohort c ON c.id = s.cohort_id JOIN programme_version v ON v.id = c.programme_version_id
        WHERE s.enrolment_id = $1 AND s.week = 2 AND NOT EXISTS (SELECT 1 FROM review r WHERE r.submission_id = s.id) ORDER BY s.version DESC LIMIT 1`,
      [fatima.id],
    );
    if (s) {
      const a = s.definition.modules.find((m) => m.week === s.week)!.assignment!;
      const scores = a.rubric.map((c) => ({ criterionId: c.id, points: Math.min(...c.levels.map((l) => l.points)) }));
      const at = new Date(now.getTime() - 2 * DAY);
      await tx.query(
        `INSERT INTO review (submission_id, state, verdict, scores, total, pass_mark, feedback, version, created_by_id, updated_by_id, created_at, updated_at, released_at)
         VALUES ($1, 'RELEASED', 'REVISE', $2::jsonb, $3, $4, $5, 2, $6, $6, $7, $7, $7)`,
        [
          s.id,
          JSON.stringify(scores),
          scores.reduce((t, x) => t + x.points, 0),
          a.passMark,
          'Good start. Please tie your map to one real customer journey and resubmit.',
          coachId,
          at,
        ],
      );
    }
  }

  // measurable goals
  const lerato = await enrolmentOf('learner@beacon.test', 'COIM Johannesburg');
  if (lerato) {
    await tx.query(
      `UPDATE enrolment SET goal_measure = 'repeat calls per week', goal_baseline = 1200, goal_target = 960, goal_by_date = $2 WHERE id = $1`,
      [lerato.id, DateTime.fromJSDate(now).plus({ months: 4 }).toISODate()],
    );
  }
  const graduate = await enrolmentOf('graduate@beacon.test', 'COIM Accra');
  if (graduate) {
    await tx.query(
      `UPDATE enrolment SET goal_measure = 'branch processes redesigned outside-in', goal_baseline = 0, goal_target = 4, goal_by_date = $2 WHERE id = $1`,
      [graduate.id, DateTime.fromJSDate(now).plus({ months: 2 }).toISODate()],
    );
  }
  // check-ins: [email, cohort, kind, value, reached, note, confirmed by the coach]
  const checkIns: [string, string, string, number | null, string, string, boolean][] = [
    ['graduate@beacon.test', 'COIM Accra', 'MID', 1, 'PARTLY', 'The mortgage journey is mapped; the redesign starts next month.', true],
    [
      'graduate@beacon.test',
      'COIM Accra',
      'END',
      3,
      'YES',
      'Three processes redesigned; complaints about account opening down by a third.',
      true,
    ],
    ['wanjiku.kamau@example.org', 'COIM Nairobi', 'END', null, 'YES', 'Billing complaints now resolved in 4 days instead of 9.', true],
    ['wanjiku.kamau@example.org', 'COIM Nairobi', 'FOLLOW_UP', null, 'YES', 'Holding at 4 days three months on.', false],
    ['otieno.odhiambo@example.org', 'COIM Nairobi', 'END', null, 'PARTLY', 'Two of the three causes removed.', true],
    ['amina.hassan@example.org', 'COIM Nairobi', 'END', null, 'YES', 'New onboarding live in two regions.', false],
    ['baraka.mwangi@example.org', 'COIM Nairobi', 'END', null, 'NO', 'The branch reorganisation put this on hold.', true],
    ['njeri.wambui@example.org', 'COIM Nairobi', 'MID', null, 'PARTLY', 'Measures agreed with my manager.', false],
  ];
  for (const [email, cohort, kind, value, reached, note, confirmed] of checkIns) {
    const e = await enrolmentOf(email, cohort);
    if (!e) continue;
    await tx.query(
      `INSERT INTO goal_check_in (enrolment_id, kind, current_value, reached, note, recorded_at, coach_confirmed_at, coach_confirmed_by_id, coach_comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        e.id,
        kind,
        value,
        reached,
        note,
        new Date(now.getTime() - 30 * DAY),
        confirmed ? new Date(now.getTime() - 28 * DAY) : null,
        confirmed ? coachId : null,
        confirmed ? 'Confirmed in our last coaching session.' : null,
      ],
    );
  }
}
